"""Split a data set, then standardize it with the training part's statistics."""

import numpy as np
from sklearn.datasets import load_diabetes
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

x, y = load_diabetes(return_X_y=True)
x_train, x_test, y_train, y_test = train_test_split(
    x, y, test_size=0.2, random_state=0
)
print("train:", x_train.shape, " test:", x_test.shape)

scaler = StandardScaler().fit(x_train)  # learns a mean and a spread per column
x_train_s = scaler.transform(x_train)
# The test set gets the same mean and spread: never refit on test data.
x_test_s = scaler.transform(x_test)
print("train: every mean 0?", np.allclose(x_train_s.mean(axis=0), 0))
print("train: every std 1? ", np.allclose(x_train_s.std(axis=0), 1))
print("test means (close to 0, not exactly):")
print(x_test_s.mean(axis=0)[:4].round(4))
