"""The same convolution gives the same numbers in both layouts."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x_last = rng.random((2, 5, 5, 3), dtype="float32")  # (N, H, W, C)
conv = keras.layers.Conv2D(4, 3, use_bias=False)  # channels_last
y_last = keras.ops.convert_to_numpy(conv(x_last))  # (N, H', W', filters)

# The same convolution done by hand on channels_first data, (N, C, H, W).
x_first = np.transpose(x_last, (0, 3, 1, 2))
k = keras.ops.convert_to_numpy(conv.kernel)  # (3, 3, C, filters)
y_first = np.zeros((2, 4, 3, 3), dtype="float32")  # (N, filters, H', W')
for i in range(3):
    for j in range(3):
        patch = x_first[:, :, i : i + 3, j : j + 3]  # (N, C, 3, 3)
        y_first[:, :, i, j] = np.einsum("ncab,abcf->nf", patch, k)

print("channels_last output: ", y_last.shape)
print("channels_first output:", y_first.shape)
diff = np.abs(np.transpose(y_first, (0, 2, 3, 1)) - y_last).max()
print(f"largest difference after transposing: {diff:.4f}")
print(f"one value in both: {y_last[1, 2, 0, 3]:.4f} {y_first[1, 3, 2, 0]:.4f}")
