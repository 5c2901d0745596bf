"""Quiz: Conv2D (channels last) given images stored channels first."""

import keras

# Two RGB images of 32 x 32, stored channels first
images = keras.ops.zeros((2, 3, 32, 32))
print(tuple(keras.layers.Conv2D(8, 3, padding="same")(images).shape))
