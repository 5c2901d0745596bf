"""Shapes through a Conv2D layer: 8 x 8 grey images in, feature maps out."""

import keras
import numpy as np

images = np.zeros(
    (5, 8, 8, 1), dtype="float32"
)  # batch, height, width, channels

conv = keras.layers.Conv2D(4, kernel_size=3)  # 4 filters of size 3 x 3
same = keras.layers.Conv2D(4, kernel_size=3, padding="same")

print("input:              ", images.shape)
print("Conv2D, 'valid':    ", conv(images).shape)  # 8 - 3 + 1 = 6
print("Conv2D, 'same':     ", same(images).shape)  # zero padding keeps 8 x 8
print("kernel:             ", conv.kernel.shape)  # height, width, in, out
print("parameters:         ", conv.count_params())  # 3*3*1*4 weights + 4 biases
