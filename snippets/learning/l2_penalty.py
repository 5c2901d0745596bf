"""An L2 weight penalty: what Keras adds to the loss."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
layer = keras.layers.Dense(3, kernel_regularizer=keras.regularizers.L2(0.01))
layer.build((None, 4))  # creates a 4 x 3 weight matrix

w = keras.ops.convert_to_numpy(layer.kernel)
by_hand = 0.01 * np.sum(w**2)  # lambda times the sum of squared weights

print("weights:", w.shape)
print(f"penalty by hand: {by_hand:.4f}")
print(
    f"penalty keras:   {float(keras.ops.convert_to_numpy(layer.losses[0])):.4f}"
)
