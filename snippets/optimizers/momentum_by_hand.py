"""Momentum in NumPy, step for step against Keras' SGD(momentum=0.9)."""

import keras
import numpy as np
from sklearn.datasets import load_diabetes

data = load_diabetes()  # the problem of the gradient-descent page
x = data.data[:, [2, 8]]
x = (x - x.mean(axis=0)) / x.std(axis=0)
y = (data.target - data.target.mean()) / data.target.std()


def gradient(w):
    """Gradient of the mean squared error of x @ w, over all examples."""
    return 2 / len(x) * x.T @ (x @ w - y)


lr, beta = 0.05, 0.9
w_keras = keras.Variable([-1.0, 2.0])
optimizer = keras.optimizers.SGD(learning_rate=lr, momentum=beta)
w, velocity = np.array([-1.0, 2.0]), np.zeros(2)
for step in range(1, 31):
    g = gradient(keras.ops.convert_to_numpy(w_keras))
    optimizer.apply([keras.ops.convert_to_tensor(g, "float32")], [w_keras])
    velocity = beta * velocity - lr * gradient(w)  # the same rule in NumPy
    w = w + velocity
    if step in (1, 2, 3, 10, 30):
        w_k = keras.ops.convert_to_numpy(w_keras)
        print(
            f"step {step:>2}: Keras {np.round(w_k, 4)}  NumPy {np.round(w, 4)}"
        )
