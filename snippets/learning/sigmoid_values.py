"""The sigmoid by hand with NumPy, checked against keras.ops.sigmoid."""

import numpy as np
from keras import ops

x = np.array([-5.0, -1.0, 0.0, 1.0, 5.0])

by_hand = 1.0 / (1.0 + np.exp(-x))  # squashes any number into (0, 1)
by_keras = ops.convert_to_numpy(ops.sigmoid(x))

for xi, h, k in zip(x, by_hand, by_keras, strict=True):
    print(f"sigmoid({xi:+.1f}) = {h:.4f}   keras: {k:.4f}")
print("same:", np.allclose(by_hand, by_keras))
