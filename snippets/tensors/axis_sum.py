"""Sum a 2 x 2 matrix along axis 0 and along axis 1."""

import numpy as np

a = np.array([[1, 2], [3, 4]])

print(np.sum(a, axis=0))  # collapse axis 0: one sum per column
print(np.sum(a, axis=1))  # collapse axis 1: one sum per row
