"""Check the gradient formula against small finite differences."""

import numpy as np
from sklearn.datasets import load_diabetes

data = load_diabetes()
x = data.data[:, [2, 8]]
x = (x - x.mean(axis=0)) / x.std(axis=0)
y = (data.target - data.target.mean()) / data.target.std()


def loss(w):
    return np.mean((x @ w - y) ** 2)


w = np.array([-1.0, 2.0])
formula = 2 / len(x) * x.T @ (x @ w - y)

h = 1e-6  # nudge one weight at a time and watch the loss change
nudged = [(loss(w + h * e) - loss(w - h * e)) / (2 * h) for e in np.eye(2)]

print("gradient by formula:          ", np.round(formula, 4))
print("gradient by finite difference:", np.round(nudged, 4))
