"""On a large data set, a fraction of an epoch of mini-batches does the job."""

import numpy as np

rng = np.random.default_rng(0)
n = 100_000  # a data set like the diabetes one, but much larger
x = rng.normal(size=(n, 2)) @ np.array([[1.0, 0.6], [0.0, 0.8]])
y = x @ np.array([0.4, 0.4]) + rng.normal(scale=0.7, size=n)


def loss(w):
    return np.mean((x @ w - y) ** 2)


print("method       rate  updates  examples read  loss")
w = np.array([-1.0, 2.0])
for _ in range(5):  # batch gradient descent: every update reads all n examples
    w = w - 0.5 * 2 / n * x.T @ (x @ w - y)
print(f"batch         0.5        5  {5 * n:>13}  {loss(w):.4f}")

w, order = np.array([-1.0, 2.0]), rng.permutation(n)
for start in range(0, 100 * 32, 32):  # the first 100 batches of one epoch
    b = order[start : start + 32]
    w = w - 0.05 * 2 / 32 * x[b].T @ (x[b] @ w - y[b])
print(f"mini-batch   0.05      100  {100 * 32:>13}  {loss(w):.4f}")

best = np.linalg.lstsq(x, y, rcond=None)[0]
print(f"minimum loss: {loss(best):.4f}")
