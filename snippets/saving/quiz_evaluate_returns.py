"""Quiz: what evaluate returns for a model compiled with one metric."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(20, 2))
y = x.sum(axis=1)
model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse", metrics=["mae"])
result = model.evaluate(x, y, verbose=0)
print(type(result).__name__, len(result))
