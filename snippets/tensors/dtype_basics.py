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

# Integer division rounds down; change the dtype before dividing.
print(
    "integer // 2:", counts // 2, "  float / 2:", counts.astype("float32") / 2
)
