"""The rank is the number of indices needed to reach one number."""

import numpy as np

batch = np.arange(24).reshape(2, 3, 4)  # rank 3
print("ndim:", batch.ndim, " len(shape):", len(batch.shape))

# Each index removes one axis, until a single number (rank 0) is left.
print(batch[1].ndim, batch[1, 2].ndim, batch[1, 2, 3].ndim)
print("the number at [1, 2, 3]:", batch[1, 2, 3])

# A slice keeps the axis (length 1); an index drops it.
print(batch[1:2].shape, "vs", batch[1].shape)
