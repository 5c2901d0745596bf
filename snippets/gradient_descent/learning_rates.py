"""Batch gradient descent with a learning rate too small, good and too large.

zh: 批量梯度下降在学习率过小、合适和过大时的表现。
"""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_diabetes

data = load_diabetes()
x = data.data[:, [2, 8]]
x = (x - x.mean(axis=0)) / x.std(axis=0)
y = (data.target - data.target.mean()) / data.target.std()

fig, ax = plt.subplots()
for lr in [0.01, 0.3, 0.75]:
    w = np.array([-1.0, 2.0])
    history = [np.mean((x @ w - y) ** 2)]  # the loss before any update
    for _ in range(30):
        w = w - lr * 2 / len(x) * x.T @ (x @ w - y)
        history.append(np.mean((x @ w - y) ** 2))
    print(f"learning rate {lr:<5} loss after 30 updates: {history[-1]:.4f}")
    ax.plot(history, marker=".", label=f"learning rate {lr}")
# The loss is a bowl; steps diverge once lr > 2 / (its steepest curvature).
curvature = np.linalg.eigvalsh(2 / len(x) * x.T @ x).max()
print(f"largest learning rate that still converges: {2 / curvature:.4f}")
ax.set(yscale="log", xlabel="updates", ylabel="loss (log scale)")
ax.legend()
plt.savefig("learning_rates.svg")
