"""Slide a 2 x 2 edge detector over a 5 x 5 image by hand, then with Conv2D."""

import keras
import numpy as np

image = np.zeros((5, 5), dtype="float32")
image[:, 3:] = 1.0  # dark on the left, bright on the right: a vertical edge
kernel = np.array([[-1.0, 1.0], [-1.0, 1.0]], dtype="float32")

by_hand = np.zeros((4, 4), dtype="float32")
for i in range(4):
    for j in range(4):
        patch = image[i : i + 2, j : j + 2]  # the 2 x 2 window at (i, j)
        by_hand[i, j] = np.sum(patch * kernel)  # multiply and add up
print("image:\n", image)
print("by hand:\n", by_hand)

conv = keras.layers.Conv2D(1, kernel_size=2, use_bias=False)
conv.build((None, 5, 5, 1))
conv.set_weights([kernel.reshape(2, 2, 1, 1)])
out = conv(image.reshape(1, 5, 5, 1))  # a batch of one image, one channel
print("Conv2D:\n", keras.ops.convert_to_numpy(out)[0, :, :, 0])
