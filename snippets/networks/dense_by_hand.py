"""A Dense layer is y = f(xW + b) for a whole batch at once."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(size=(4, 3)).astype("float32")  # 4 examples, 3 features

layer = keras.layers.Dense(2, activation="sigmoid")  # 2 neurons
y = keras.ops.convert_to_numpy(layer(x))  # the first call creates W and b

W, b = layer.get_weights()
print("W:", W.shape, " b:", b.shape, " y:", y.shape)

z = x @ W + b  # every neuron's weighted sum, for every example
by_hand = 1 / (1 + np.exp(-z))  # the sigmoid activation
print("Dense layer:\n", y.round(4))
print("by hand:\n", by_hand.round(4))
print("same:", np.allclose(y, by_hand, atol=1e-6))
