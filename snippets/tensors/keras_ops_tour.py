"""Shape, dtype, broadcasting, reshape and transpose with keras.ops."""

from keras import ops

x = ops.reshape(ops.arange(6, dtype="float32"), (2, 3))
print("x:", x.shape, ops.dtype(x))
print(ops.convert_to_numpy(x))

bias = ops.convert_to_tensor([10.0, 20.0, 30.0])
print("x + bias:", ops.convert_to_numpy(x + bias).tolist())  # broadcasting

print("transpose:", ops.transpose(x).shape)
batch = ops.zeros((4, 8, 8, 3))
print("axes moved:", ops.transpose(batch, (0, 3, 1, 2)).shape)
print("mean per column:", ops.convert_to_numpy(ops.mean(x, axis=0)))
print("cast:", ops.dtype(ops.cast(x, "int32")))
