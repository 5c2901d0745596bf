"""Quiz: the shape of a channels-last batch after transpose (0, 3, 1, 2)."""

import numpy as np

images = np.zeros((8, 28, 28, 3))
print(np.transpose(images, (0, 3, 1, 2)).shape)
