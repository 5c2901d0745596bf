"""ModelCheckpoint writes the model whenever the validation loss improves."""

import os
import tempfile

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

with tempfile.TemporaryDirectory() as folder:
    checkpoint = keras.callbacks.ModelCheckpoint(
        os.path.join(folder, "epoch{epoch:02d}.keras"),
        monitor="val_loss",
        save_best_only=True,  # only when val_loss is the best so far
    )
    history = model.fit(
        x,
        y,
        validation_data=(x_val, y_val),
        epochs=20,
        callbacks=[checkpoint],
        verbose=0,
    )
    files = sorted(os.listdir(folder))
    best = keras.saving.load_model(os.path.join(folder, files[-1]))

val = history.history["val_loss"]
print("files written:", " ".join(files))
print(f"best epoch {int(np.argmin(val)) + 1}: val_loss {min(val):.4f}")
print(f"the last file, loaded: {best.evaluate(x_val, y_val, verbose=0):.4f}")
print(f"the model after epoch 20: {val[-1]:.4f}")
