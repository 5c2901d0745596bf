"""Grey images without a channel axis, given to Conv2D."""

import keras

RAISES = "ValueError"

inputs = keras.Input(shape=(28, 28))  # height and width, but no channels
outputs = keras.layers.Conv2D(8, 3)(inputs)
