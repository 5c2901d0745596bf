"""Loss against updates and against epochs for the three variants.

zh: 三种梯度下降变体的损失，分别按更新次数和按轮次画出。
"""

import math

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_diabetes

data = load_diabetes()
x = data.data[:, [2, 8]]
x = (x - x.mean(axis=0)) / x.std(axis=0)
y = (data.target - data.target.mean()) / data.target.std()
n, epochs = len(x), 5


def losses(batch_size, lr=0.05, seed=0):
    """The full-data loss after every update, starting from w = (-1, 2)."""
    rng, w = np.random.default_rng(seed), np.array([-1.0, 2.0])
    history = [np.mean((x @ w - y) ** 2)]
    for _ in range(epochs):  # one pass over the data
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            b = order[start : start + batch_size]
            w = w - lr * 2 / len(b) * x[b].T @ (x[b] @ w - y[b])
            history.append(np.mean((x @ w - y) ** 2))
    return np.array(history)


# One colour per variant, the same in every figure of the page
runs = [
    ("batch", n, "tab:blue"),
    ("stochastic", 1, "tab:orange"),
    ("mini-batch, 32", 32, "tab:green"),
]
fig, (by_update, by_epoch) = plt.subplots(1, 2, figsize=(8, 3.4))
for name, size, colour in runs:
    history = losses(size)
    steps = np.unique(np.geomspace(1, len(history) - 1, 120).astype(int))
    # 120 points at most, spread evenly on the log axis
    by_update.plot(steps, history[steps], color=colour, label=name)
    per_epoch = history[:: math.ceil(n / size)]  # the loss at each epoch's end
    by_epoch.plot(range(epochs + 1), per_epoch, "o-", color=colour, label=name)
    print(f"{name:<15} updates: {len(history) - 1:>4}  loss: {history[-1]:.4f}")
by_update.set(xscale="log", xlabel="updates (log scale)", ylabel="loss")
by_epoch.set(xlabel="epochs", ylabel="loss")
by_epoch.legend()
plt.savefig("loss_curves.svg")
