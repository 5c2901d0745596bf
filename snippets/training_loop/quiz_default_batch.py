"""Quiz: updates in one epoch of 100 examples, fit given no batch_size."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(100, 2))
y = x.sum(axis=1)
model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
model.fit(x, y, epochs=1, verbose=0)
print(int(model.optimizer.iterations))
