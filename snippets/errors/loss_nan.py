"""Unscaled inputs and a large learning rate: the loss becomes nan."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.uniform(0, 1000, size=(64, 3)).astype("float32")  # e.g. prices
y = x.sum(axis=1, keepdims=True)
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.01), loss="mse")
history = model.fit(x, y, epochs=6, verbose=0)
print("loss per epoch:", [f"{v:.3g}" for v in history.history["loss"]])

# TerminateOnNaN stops training at the first batch whose loss is nan or inf.
model.fit(x, y, verbose=0, callbacks=[keras.callbacks.TerminateOnNaN()])
