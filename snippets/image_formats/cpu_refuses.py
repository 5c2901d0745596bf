"""TensorFlow's CPU kernels refuse to run Conv2D on channels_first data."""

import re

import keras
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
images = rng.random((2, 3, 5, 5), dtype="float32")  # (batch, C, H, W)
conv = keras.layers.Conv2D(4, 3, data_format="channels_first")

try:
    conv(images)
    print("it ran: this device supports channels_first")
except Exception as error:
    print("refused with", type(error).__name__)
    print(re.search(r"The Conv2D op[^.]*\.", str(error)).group(0))
