"""With oneDNN off and no XLA, TensorFlow refuses channels_first Conv2D."""

import re

import keras
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
images = rng.random((2, 3, 5, 5), dtype="float32")  # (batch, C, H, W)
conv = keras.layers.Conv2D(4, 3, data_format="channels_first")

# The site runs TensorFlow with oneDNN off (TF_ENABLE_ONEDNN_OPTS=0) and no XLA:
# the plain CPU kernel that is left only handles channels_last (NHWC).
try:
    conv(images)
    print("it ran: oneDNN, XLA, a GPU or another backend did the convolution")
except Exception as error:
    print("refused with", type(error).__name__)
    print(re.search(r"The Conv2D op[^.]*\.", str(error)).group(0))
