"""Every tensor has a dtype: the kind of number stored in each cell."""

import keras
import numpy as np

counts = np.array([1, 2, 3])
pixels = np.array([0.0, 0.5, 1.0])
print("integers:", counts.dtype, " floats:", pixels.dtype)

# Keras layers compute in float32 by default: half the memory of float64.
x = pixels.astype("float32")
print("after astype:", x.dtype, " bytes per number:", x.itemsize)
print("Keras default:", keras.config.floatx())

# Images are often stored as uint8, which holds only 0 to 255.
image = np.array([250, 100], dtype="uint8")
print(
    "uint8 + 10:", image + 10, "  float32 + 10:", image.astype("float32") + 10
)
