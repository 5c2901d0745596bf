"""Dense works on the last axis only: it does not flatten an image for you."""

import keras
import numpy as np

images = np.zeros((2, 8, 8), dtype="float32")  # 2 images of 8 x 8 pixels
out = keras.layers.Dense(5)(images)  # no error: 5 numbers for each pixel row
print("images", images.shape, "-> Dense(5) ->", tuple(out.shape))

flat = images.reshape(len(images), -1)  # one row of 64 pixels per image
out = keras.layers.Dense(5)(flat)
print("flat  ", flat.shape, "   -> Dense(5) ->", tuple(out.shape))
