"""A grey 8 x 8 image is a rank-2 tensor; a stack of such images has rank 3.

zh: 一张 8 × 8 的灰度图像是 2 阶张量；一叠这样的图像是 3 阶张量。
"""

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits

digits = load_digits()
images = digits.images  # every image of the data set, stacked along axis 0

print("all images:", images.shape)
print("one image: ", images[0].shape)
print("its first row (axis 1 runs along it):", images[0][0])

fig, ax = plt.subplots(figsize=(3.6, 3.6))
ax.pcolormesh(images[0], cmap="gray_r", edgecolors="white")
style = {"ha": "center", "va": "center", "fontsize": 7, "color": "tab:red"}
for (row, col), value in np.ndenumerate(images[0]):
    ax.text(col + 0.5, row + 0.5, int(value), **style)  # the stored number
ax.invert_yaxis()  # row 0 at the top, as the image is stored
ax.set_xlabel("axis 1 (columns)")
ax.set_ylabel("axis 0 (rows)")
ax.set_title(f"images[0], a {digits.target[0]}")
ax.set_aspect("equal")
plt.savefig("image_as_tensor.svg")
