"""Quiz: updates in 3 epochs of 100 examples with batch_size=30."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(100, 2))
y = x.sum(axis=1)
model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
model.fit(x, y, batch_size=30, epochs=3, verbose=0)
print(int(model.optimizer.iterations))
