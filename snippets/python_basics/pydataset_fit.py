"""A keras.utils.PyDataset hands model.fit one batch at a time."""

import math

import keras
import numpy as np


class LinePoints(keras.utils.PyDataset):
    """Batches of points on the line y = 2x + 1, made on request."""

    def __init__(self, n, batch_size, **kwargs):
        super().__init__(**kwargs)  # lets Keras set up workers and options
        self.x = np.linspace(-1, 1, n, dtype="float32").reshape(-1, 1)
        self.batch_size = batch_size

    def __len__(self):  # batches per epoch
        return math.ceil(len(self.x) / self.batch_size)

    def __getitem__(self, i):  # batch number i: (inputs, targets)
        x = self.x[i * self.batch_size : (i + 1) * self.batch_size]
        return x, 2 * x + 1


keras.utils.set_random_seed(0)
data = LinePoints(n=100, batch_size=16)
print("batches per epoch:", len(data), " first batch:", data[0][0].shape)

model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.SGD(0.1), loss="mse")
model.fit(data, epochs=30, verbose=0)
w, b = model.layers[0].get_weights()
print(f"learned: y = {w[0, 0]:.4f} x + {b[0]:.4f}")
