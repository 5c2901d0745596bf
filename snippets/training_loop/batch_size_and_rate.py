"""The best learning rate grows with the batch size."""

import numpy as np
from sklearn.datasets import load_diabetes

data = load_diabetes()
x = data.data[:, [2, 8]]
x = (x - x.mean(axis=0)) / x.std(axis=0)
y = (data.target - data.target.mean()) / data.target.std()


def final_loss(batch_size, lr, epochs=5, seed=0):
    """Mini-batch gradient descent on a linear model, from w = (-1, 2)."""
    rng, w = np.random.default_rng(seed), np.array([-1.0, 2.0])
    for _ in range(epochs):
        order = rng.permutation(len(x))
        for start in range(0, len(x), batch_size):
            b = order[start : start + batch_size]
            w = w - lr * 2 / len(b) * x[b].T @ (x[b] @ w - y[b])
    return np.mean((x @ w - y) ** 2)


rates = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3]
w_best = np.linalg.lstsq(x, y, rcond=None)[0]
print(
    f"loss after 5 epochs (the minimum is {np.mean((x @ w_best - y) ** 2):.4f})"
)
print("batch size" + "".join(f"{lr:>8}" for lr in rates) + "   best rate")
for batch_size in [1, 8, 32, 128, 442]:
    losses = [final_loss(batch_size, lr) for lr in rates]
    row = "".join(f"{loss:>8.4f}" for loss in losses)
    print(f"{batch_size:>10}{row}{rates[np.argmin(losses)]:>12}")
