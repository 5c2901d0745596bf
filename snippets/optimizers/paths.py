"""The paths of SGD, momentum and Adam on the contour map of the loss.

zh: SGD、动量和 Adam 在损失等高线图上走过的路径。
"""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_diabetes

data = load_diabetes()  # the surface of the gradient-descent page
x = data.data[:, [2, 8]]
x = (x - x.mean(axis=0)) / x.std(axis=0)
y = (data.target - data.target.mean()) / data.target.std()


def loss(w):
    return np.mean((x @ w - y) ** 2)


def gradient(w):
    return 2 / len(x) * x.T @ (x @ w - y)


def sgd(w, lr=0.05, momentum=0.0, steps=40):
    visited, velocity = [w], np.zeros(2)
    for _ in range(steps):
        velocity = momentum * velocity - lr * gradient(w)
        w = w + velocity
        visited.append(w)
    return np.array(visited)


def adam(w, lr=0.1, beta1=0.9, beta2=0.999, eps=1e-7, steps=40):
    visited, m, v = [w], np.zeros(2), np.zeros(2)
    for t in range(1, steps + 1):
        g = gradient(w)
        m, v = beta1 * m + (1 - beta1) * g, beta2 * v + (1 - beta2) * g**2
        m_hat, v_hat = m / (1 - beta1**t), v / (1 - beta2**t)
        w = w - lr * m_hat / (np.sqrt(v_hat) + eps)
        visited.append(w)
    return np.array(visited)


start = np.array([-1.0, 2.0])
runs = [
    ("SGD, rate 0.05", sgd(start), "tab:blue"),
    ("momentum 0.9, rate 0.05", sgd(start, momentum=0.9), "tab:red"),
    ("Adam, rate 0.1", adam(start), "tab:purple"),
]
w1, w2 = np.meshgrid(np.linspace(-1.3, 1.3, 40), np.linspace(-0.4, 2.2, 40))
grid = np.stack([w1.ravel(), w2.ravel()], axis=1)
surface = np.mean((x @ grid.T - y[:, None]) ** 2, axis=0).reshape(w1.shape)

fig, ax = plt.subplots(figsize=(6, 5))
ax.contour(w1, w2, surface, levels=np.geomspace(0.55, 5, 10), colors="0.7")
for name, visited, colour in runs:
    losses = [loss(w) for w in visited]
    print(f"{name:<24} loss after 10, 20, 40 steps:", end=" ")
    print(" ".join(f"{losses[k]:.4f}" for k in (10, 20, 40)))
    ax.plot(*visited.T, ".-", color=colour, lw=1, ms=4, label=name)
best = np.linalg.lstsq(x, y, rcond=None)[0]
print(f"minimum: {loss(best):.4f}")
ax.plot(*best, "k*", markersize=12, label="minimum")
ax.set(xlabel="w1 (body-mass index)", ylabel="w2 (s5)", aspect="equal")
ax.legend(loc="lower left")
plt.savefig("paths.svg")
