"""Keras 3 spells it learning_rate."""

import keras

optimizer = keras.optimizers.Adam(learning_rate=0.001)
print("learning rate:", float(optimizer.learning_rate))
