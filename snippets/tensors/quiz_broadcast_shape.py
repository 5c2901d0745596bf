"""Quiz: the shape of a column (3, 1) plus a row (4,)."""

import numpy as np

column = np.zeros((3, 1))
row = np.arange(4)
print((column + row).shape)
