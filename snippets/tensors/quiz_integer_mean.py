"""Quiz: the mean of an integer array, and its dtype."""

import numpy as np

counts = np.array([1, 2, 2], dtype="int32")
mean = counts.mean()
print(mean.round(4), mean.dtype)
