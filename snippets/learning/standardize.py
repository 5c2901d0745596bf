"""Standardize features with NumPy, checked against sklearn's StandardScaler."""

import numpy as np
from sklearn.preprocessing import StandardScaler

# height in cm and income in yuan: very different scales
x = np.array([[170.0, 3000.0], [160.0, 8000.0], [180.0, 5000.0]])

mean, std = x.mean(axis=0), x.std(axis=0)
z = (x - mean) / std  # one mean and one std per column (feature)

scaler = StandardScaler().fit(x)  # learns the same mean and std
print("mean per feature:", np.round(mean, 4))
print("std per feature: ", np.round(std, 4))
print("standardized:\n", np.round(z, 4))
print("same as sklearn:", np.allclose(z, scaler.transform(x)))
print("new means:", np.round(z.mean(axis=0), 4), " new stds:", z.std(axis=0))
