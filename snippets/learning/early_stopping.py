"""Stop training when the validation loss stops improving."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(size=(60, 10))
y = x[:, 0] + rng.normal(0, 0.5, 60)  # only feature 0 matters, plus noise

model = keras.Sequential(
    [
        keras.Input(shape=(10,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(1),
    ]
)
model.compile(optimizer=keras.optimizers.Adam(0.01), loss="mse")
stop = keras.callbacks.EarlyStopping(
    monitor="val_loss", patience=5, restore_best_weights=True
)
history = model.fit(
    x, y, validation_split=0.3, epochs=200, callbacks=[stop], verbose=0
)

val = history.history["val_loss"]
print("epochs run:", len(val), "of 200")
print("best epoch:", int(np.argmin(val)) + 1, f" val_loss {min(val):.4f}")
print(f"last epoch: val_loss {val[-1]:.4f}")
