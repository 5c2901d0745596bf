"""Draw the order in which each layout stores the numbers of a tiny image.

zh: 两种数据格式分别按什么顺序存放一张小图片的数字。
"""

import matplotlib.pyplot as plt
import numpy as np

height, width = 2, 3
channel = np.zeros((height, width, 3), dtype=int) + [0, 1, 2]  # (H, W, C)
orders = {
    "channels_last  (H, W, C)": channel.ravel(),
    "channels_first  (C, H, W)": np.transpose(channel, (2, 0, 1)).ravel(),
}
colours = ["tab:red", "tab:green", "tab:blue"]
style = {"ha": "center", "va": "center", "color": "white"}

fig, axes = plt.subplots(2, 1, figsize=(6, 2.4), layout="constrained")
for ax, (title, order) in zip(axes, orders.items(), strict=True):
    for position, c in enumerate(order):
        ax.add_patch(plt.Rectangle((position, 0), 0.9, 1, color=colours[c]))
        ax.text(position + 0.45, 0.5, "RGB"[c], **style)
    ax.set_xlim(0, len(order))
    ax.set_ylim(0, 1)
    ax.set_title(title, fontsize=9, loc="left")
    ax.axis("off")
fig.suptitle("18 numbers of a 2 x 3 colour image, in memory order", fontsize=10)
plt.savefig("memory_order.svg")
