"""NumPy essentials: create arrays, compute on whole arrays, index and mask."""

import numpy as np

rng = np.random.default_rng(0)  # a seeded random generator
x = rng.normal(size=(4, 3)).round(2)  # 4 rows, 3 columns
print(x)

print("row 0:", x[0], " column 1:", x[:, 1])
print("rows 1-2, last column:", x[1:3, -1])

# Arithmetic works on every element at once: no Python loop needed.
print("squared sum per row:", (x**2).sum(axis=1).round(2))

# A boolean mask selects the elements where a condition holds.
print("positive values:", x[x > 0])
print("how many:", (x > 0).sum(), "of", x.size)
