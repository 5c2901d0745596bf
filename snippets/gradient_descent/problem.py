"""A small real problem: predict diabetes progression from two features."""

import numpy as np
from sklearn.datasets import load_diabetes

data = load_diabetes()
x = data.data[:, [2, 8]]  # body-mass index and s5, a blood-serum measure
x = (x - x.mean(axis=0)) / x.std(axis=0)  # standardize each feature
y = (data.target - data.target.mean()) / data.target.std()


def loss(w):
    """Mean squared error of the linear model x @ w."""
    return np.mean((x @ w - y) ** 2)


w_best = np.linalg.lstsq(x, y, rcond=None)[0]  # exact answer, for reference
print("x:", x.shape, " y:", y.shape)
print("loss at w = (0, 0): ", f"{loss(np.zeros(2)):.4f}")
print("loss at w = (-1, 2):", f"{loss(np.array([-1.0, 2.0])):.4f}")
print("best w:", np.round(w_best, 4), " its loss:", f"{loss(w_best):.4f}")
