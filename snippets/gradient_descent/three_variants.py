"""Batch, stochastic and mini-batch gradient descent on the same budget."""

import numpy as np
from sklearn.datasets import load_diabetes

data = load_diabetes()
x = data.data[:, [2, 8]]
x = (x - x.mean(axis=0)) / x.std(axis=0)
y = (data.target - data.target.mean()) / data.target.std()


def descend(batch_size, lr=0.05, epochs=5, seed=0):
    """Gradient descent where each update uses batch_size examples."""
    rng = np.random.default_rng(seed)
    w, updates = np.array([-1.0, 2.0]), 0
    for _ in range(epochs):  # one pass over the data
        order = rng.permutation(len(x))  # a new shuffle every epoch
        for start in range(0, len(x), batch_size):
            b = order[start : start + batch_size]
            grad = 2 / len(b) * x[b].T @ (x[b] @ w - y[b])
            w, updates = w - lr * grad, updates + 1
    return w, updates


print("variant      batch size  updates  final loss")
for name, size in [("batch", len(x)), ("stochastic", 1), ("mini-batch", 32)]:
    w, updates = descend(size)
    final = np.mean((x @ w - y) ** 2)
    print(f"{name:<12} {size:>10} {updates:>8} {final:>11.4f}")
