"""Draw how a (3,) vector is stretched to add it to a (2, 3) matrix.

zh: 形状为 (3,) 的向量如何被扩展，与形状为 (2, 3) 的矩阵相加。
"""

import matplotlib.pyplot as plt
import numpy as np

x = np.array([[1, 2, 3], [4, 5, 6]])
bias = np.array([10, 20, 30])
stretched = np.broadcast_to(bias, x.shape)  # a view: nothing is copied
panels = [("x  (2, 3)", x), ("bias  (3,) -> (2, 3)", stretched)]
panels.append(("x + bias  (2, 3)", x + bias))

fig, axes = plt.subplots(1, 3, figsize=(8, 2.2))
for ax, (title, grid) in zip(axes, panels, strict=True):
    for (row, col), value in np.ndenumerate(grid):
        virtual = grid is stretched and row > 0  # repeated, never stored
        style = {"ls": "--", "fc": "#fde2c8"} if virtual else {"fc": "white"}
        if grid is stretched and row == 0:
            style["fc"] = "tab:orange"
        ax.add_patch(plt.Rectangle((col, -row), 1, 1, ec="black", **style))
        ax.text(col + 0.5, 0.5 - row, value, ha="center", va="center")
    ax.set_xlim(-0.1, 3.1)
    ax.set_ylim(-1.1, 1.1)
    ax.set_title(title, fontsize=10)
    ax.axis("off")
fig.text(0.365, 0.42, "+", fontsize=18, ha="center")
fig.text(0.64, 0.42, "=", fontsize=18, ha="center")
plt.savefig("broadcasting_figure.svg")
