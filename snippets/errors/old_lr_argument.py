"""lr=, from Keras 1 and 2 tutorials, for the learning rate."""

import keras

RAISES = "ValueError"

optimizer = keras.optimizers.Adam(lr=0.001)
