"""Reshape keeps the numbers in order and changes only the shape."""

import numpy as np

a = np.arange(12)  # 0, 1, ..., 11
print("a:", a.shape)

m = a.reshape(3, 4)  # filled row by row
print(m)
print("-1 means 'work it out':", a.reshape(2, -1).shape)

images = np.zeros((100, 8, 8))
flat = images.reshape(len(images), -1)  # one row of 64 pixels per image
print("flattened images:", flat.shape)
print("a new axis of length 1:", m[:, :, np.newaxis].shape)
