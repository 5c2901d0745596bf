"""A Dense layer holds weights and turns one tensor into another."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
layer = keras.layers.Dense(3, activation="relu")
print("built before use:", layer.built)

x = np.ones((2, 4), dtype="float32")  # a batch of 2 examples, 4 features
y = layer(x)  # the first call sees 4 features and creates the weights
print("built after a call:", layer.built)
print("kernel", tuple(layer.kernel.shape), " bias", tuple(layer.bias.shape))
print("output shape:", tuple(y.shape))
print("output:", np.round(keras.ops.convert_to_numpy(y), 4))
