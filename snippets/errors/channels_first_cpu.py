"""A channels_first convolution on TensorFlow's CPU kernel."""

import keras
import numpy as np

# TensorFlow's plain CPU kernel refuses it; JAX and PyTorch compute it.
RAISES = {"tensorflow": "UnimplementedError", "jax": None, "torch": None}

images = np.zeros((2, 3, 8, 8), dtype="float32")  # (batch, C, H, W)
conv = keras.layers.Conv2D(4, 3, data_format="channels_first")
print("output:", conv(images).shape)
