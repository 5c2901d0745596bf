"""The formula ceil(N / batch_size) against the batches Keras really runs."""

import math

import keras
import numpy as np


class CountBatches(keras.callbacks.Callback):
    def on_train_begin(self, logs=None):
        self.count = 0

    def on_train_batch_end(self, batch, logs=None):
        self.count += 1


keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(size=(150, 3))
y = x.sum(axis=1)
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")

print("N = 150   batch_size  formula  Keras")
for batch_size in [16, 32, 50, 64, 150, 200]:
    counter = CountBatches()
    model.fit(x, y, batch_size=batch_size, verbose=0, callbacks=[counter])
    formula = math.ceil(len(x) / batch_size)
    print(f"{batch_size:>20} {formula:>8} {counter.count:>6}")
