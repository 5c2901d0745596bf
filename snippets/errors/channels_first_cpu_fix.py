"""Move the channels to the end and use the default channels_last."""

import keras
import numpy as np

images = np.zeros((2, 3, 8, 8), dtype="float32")  # (batch, C, H, W)
images = np.transpose(images, (0, 2, 3, 1))  # (batch, H, W, C)
conv = keras.layers.Conv2D(4, 3)  # data_format="channels_last"
print("output:", conv(images).shape)
