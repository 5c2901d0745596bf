"""A misspelt activation name."""

import keras

RAISES = "ValueError"

layer = keras.layers.Dense(8, activation="rleu")
