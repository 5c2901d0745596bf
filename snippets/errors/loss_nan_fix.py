"""Standardized inputs and targets keep the loss finite."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.uniform(0, 1000, size=(64, 3)).astype("float32")
y = x.sum(axis=1, keepdims=True)
x = (x - x.mean(axis=0)) / x.std(axis=0)  # each feature: mean 0, std 1
y = (y - y.mean()) / y.std()
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.01), loss="mse")
history = model.fit(x, y, epochs=6, verbose=0)
print("loss per epoch:", [round(v, 4) for v in history.history["loss"]])
