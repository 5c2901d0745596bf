"""A Dropout layer in training mode and in inference mode."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
layer = keras.layers.Dropout(rate=0.5)
x = np.ones((1, 10), dtype="float32")

train = keras.ops.convert_to_numpy(layer(x, training=True))
infer = keras.ops.convert_to_numpy(layer(x, training=False))

print("input:    ", x[0])
print("training: ", train[0])  # about half zeroed, the rest scaled by 1/(1-0.5)
print("inference:", infer[0])  # unchanged
print("zeroed in training:", int(np.sum(train == 0)), "of", x.size)
print("kept values:", np.unique(train[train > 0]), "= 1 / (1 - 0.5)")
