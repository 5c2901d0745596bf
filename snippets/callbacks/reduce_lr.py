"""ReduceLROnPlateau halves the learning rate when val_loss stops improving."""

import keras
import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(80, 10))
y = x[:, 0] + rng.normal(0, 0.5, 80)
x_val, y_val, x, y = x[60:], y[60:], x[:60], y[:60]

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [
        keras.Input(shape=(10,)),
        keras.layers.Dense(64, activation="relu"),
        keras.layers.Dense(1),
    ]
)
model.compile(optimizer=keras.optimizers.Adam(0.01), loss="mse")
reduce = keras.callbacks.ReduceLROnPlateau(
    monitor="val_loss", factor=0.5, patience=2, min_lr=0.001
)
history = model.fit(
    x,
    y,
    validation_data=(x_val, y_val),
    epochs=20,
    callbacks=[reduce],
    verbose=0,
)
h = history.history
for epoch, (rate, val) in enumerate(
    zip(h["learning_rate"], h["val_loss"], strict=True)
):
    print(f"epoch {epoch + 1:>2}: learning rate {rate:.5f}, val_loss {val:.4f}")
