"""Quiz: the shape Conv2D(16, 3) returns for 8 RGB images of 28 x 28."""

import keras

images = keras.ops.zeros((8, 28, 28, 3))
print(tuple(keras.layers.Conv2D(16, 3)(images).shape))
