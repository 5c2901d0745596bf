"""A channel axis of length 1 makes grey images rank 4 in a batch."""

import keras
import numpy as np

images = np.zeros((10, 28, 28), dtype="float32")  # 10 grey images
images = images[..., np.newaxis]  # (10, 28, 28, 1): channels last
print("images:", images.shape)

inputs = keras.Input(shape=(28, 28, 1))
outputs = keras.layers.Conv2D(8, 3)(inputs)
print("Conv2D output:", outputs.shape)
