"""Broadcasting: a row vector is added to every row of a matrix."""

import numpy as np

x = np.array([[1, 2, 3], [4, 5, 6]])  # shape (2, 3): 2 examples, 3 features
bias = np.array([10, 20, 30])  # shape (3,): one number per feature

print(x + bias)  # bias is stretched to shape (2, 3), without copying it
print("shapes:", x.shape, "+", bias.shape, "->", (x + bias).shape)

column = np.array([[100], [200]])  # shape (2, 1): one number per example
print(x + column)
print("scalar:", (x * 2).shape)  # a single number matches any shape
