"""Batch gradient descent with a learning rate that suits it."""

import numpy as np
from sklearn.datasets import load_diabetes

data = load_diabetes()
x = data.data[:, [2, 8]]
x = (x - x.mean(axis=0)) / x.std(axis=0)
y = (data.target - data.target.mean()) / data.target.std()

w = np.array([-1.0, 2.0])
lr = 0.5  # ten times the page's 0.05, still below the bound 0.6915
for update in range(1, 6):
    w = w - lr * 2 / len(x) * x.T @ (x @ w - y)
    loss = np.mean((x @ w - y) ** 2)
    print(f"update {update}: loss {loss:.4f}  examples used: {update * len(x)}")
