"""Quiz: changing a slice of a NumPy array."""

import numpy as np

a = np.arange(5)
first_two = a[:2]
first_two[0] = 99
print(a)
