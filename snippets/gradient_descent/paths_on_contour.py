"""The paths of the three variants on the contour map of the loss.

zh: 三种变体在损失等高线图上走过的路径。
"""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_diabetes

data = load_diabetes()
x = data.data[:, [2, 8]]
x = (x - x.mean(axis=0)) / x.std(axis=0)
y = (data.target - data.target.mean()) / data.target.std()


def path(batch_size, lr=0.05, epochs=5, seed=0):
    """Every weight vector visited, starting from w = (-1, 2)."""
    rng, w = np.random.default_rng(seed), np.array([-1.0, 2.0])
    visited = [w]
    for _ in range(epochs):  # one pass over the data
        order = rng.permutation(len(x))
        for start in range(0, len(x), batch_size):
            b = order[start : start + batch_size]
            w = w - lr * 2 / len(b) * x[b].T @ (x[b] @ w - y[b])
            visited.append(w)
    return np.array(visited)


w1, w2 = np.meshgrid(np.linspace(-1.3, 1.3, 40), np.linspace(-0.4, 2.2, 40))
grid = np.stack([w1.ravel(), w2.ravel()], axis=1)
surface = np.mean((x @ grid.T - y[:, None]) ** 2, axis=0).reshape(w1.shape)

fig, ax = plt.subplots(figsize=(6, 5))
ax.contour(w1, w2, surface, levels=np.geomspace(0.55, 5, 10), colors="0.7")
# One colour per variant, the same in every figure of the page
runs = [
    ("stochastic", 1, 15, "tab:orange"),
    ("mini-batch, 32", 32, 1, "tab:green"),
    ("batch", len(x), 1, "tab:blue"),
]
for name, size, every, colour in runs:
    visited = path(size)
    print(f"{name:<15} ends at w = {np.round(visited[-1], 4)}")
    visited = visited[::every]  # draw a few hundred points at most
    ax.plot(*visited.T, ".-", color=colour, lw=1, ms=4, label=name)
best = np.linalg.lstsq(x, y, rcond=None)[0]
ax.plot(*best, "k*", markersize=12, label="minimum")
ax.set(xlabel="w1 (body-mass index)", ylabel="w2 (s5)", aspect="equal")
ax.legend()
plt.savefig("paths_on_contour.svg")
