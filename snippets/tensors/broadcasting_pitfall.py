"""A silent broadcasting bug: subtracting a (4, 1) column from a (4,) vector."""

import numpy as np

y_true = np.array([1.0, 2.0, 3.0, 4.0])  # shape (4,)
# A model's predictions come as a column: shape (4, 1).
y_pred = np.array([[1.5], [2.0], [2.5], [4.0]])

wrong = y_true - y_pred  # (4,) with (4, 1) broadcasts to (4, 4)
print("wrong shape:", wrong.shape, f" mse: {np.mean(wrong**2):.4f}")

right = y_true - y_pred[:, 0]  # or y_pred.reshape(-1), or ravel()
print("right shape:", right.shape, f" mse: {np.mean(right**2):.4f}")
