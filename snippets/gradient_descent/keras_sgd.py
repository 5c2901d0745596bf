"""Keras' SGD with batch_size=32 takes the same steps as mini-batch by hand."""

import keras
import numpy as np
from sklearn.datasets import load_diabetes

data = load_diabetes()
x = data.data[:, [2, 8]]
x = (x - x.mean(axis=0)) / x.std(axis=0)
y = (data.target - data.target.mean()) / data.target.std()
start = np.array([[-1.0], [2.0]])

keras.utils.set_random_seed(0)
dense = keras.layers.Dense(1, use_bias=False)  # the model x @ w, as by hand
model = keras.Sequential([keras.Input(shape=(2,)), dense])
dense.set_weights([start])  # the same starting point, w = (-1, 2)
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.05), loss="mse")
model.fit(x, y, batch_size=32, epochs=1, shuffle=False, verbose=0)

w = start[:, 0]
for begin in range(0, len(x), 32):  # the same batches, in the same order
    xb, yb = x[begin : begin + 32], y[begin : begin + 32]
    w = w - 0.05 * 2 / len(xb) * xb.T @ (xb @ w - yb)

print("updates Keras made:", int(model.optimizer.iterations))
print("Keras weights: ", np.round(dense.kernel.numpy()[:, 0], 4))
print("numpy weights: ", np.round(w, 4))
