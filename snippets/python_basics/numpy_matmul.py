"""A Dense layer's arithmetic in NumPy: a matrix product plus a bias."""

import numpy as np

x = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])  # 3 examples, 2 features
w = np.array([[0.5, -1.0, 0.0], [0.25, 0.5, 1.0]])  # 2 inputs -> 3 outputs
b = np.array([0.1, 0.2, 0.3])

z = x @ w + b  # (3, 2) @ (2, 3) -> (3, 3), then b is broadcast
print(z)
print("shape:", z.shape)
print("ReLU:", np.maximum(z, 0)[1])  # negative values become 0
