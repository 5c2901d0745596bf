"""The same sums with keras.ops, which run on any Keras backend."""

import keras
from keras import ops

a = ops.convert_to_tensor([[1, 2], [3, 4]])

print("backend:", keras.config.backend())
print(ops.convert_to_numpy(ops.sum(a, axis=0)))
print(ops.convert_to_numpy(ops.sum(a, axis=1)))
print("keepdims:", ops.sum(a, axis=1, keepdims=True).shape)
