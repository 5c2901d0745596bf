"""Transpose swaps axes: rows become columns, or axes change order."""

import numpy as np

m = np.array([[1, 2, 3], [4, 5, 6]])
print(m.T)  # shape (2, 3) -> (3, 2)
print("m[0, 2] =", m[0, 2], " m.T[2, 0] =", m.T[2, 0])

# For more axes, name the new order: output axis i is input axis axes[i].
batch = np.zeros((100, 16, 32, 3))  # (batch, height, width, channels)
moved = np.transpose(batch, axes=(0, 3, 1, 2))
print("channels moved forward:", moved.shape)

# Unlike reshape, transpose moves the numbers around.
print("reshape:", m.reshape(3, 2).tolist())
print("transpose:", m.T.tolist())

# reshape reads in index order, last axis fastest, not in the order of memory.
print("m.T.reshape(-1):", m.T.reshape(-1))
