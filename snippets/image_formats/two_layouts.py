"""The same 100 RGB images, 16 high and 32 wide, in the two layouts."""

import numpy as np

rng = np.random.default_rng(0)
last = rng.random((100, 16, 32, 3))  # channels_last, TensorFlow's old "tf"
first = np.transpose(last, (0, 3, 1, 2))  # channels_first, Theano's old "th"
back = np.transpose(first, (0, 2, 3, 1))

print("channels_last: ", last.shape)
print("channels_first:", first.shape)
print("back again:    ", back.shape, "identical:", np.array_equal(back, last))
# image 7, row 2, column 5, green channel (index 1), found in both layouts
print(f"{last[7, 2, 5, 1]:.4f} == {first[7, 1, 2, 5]:.4f}")
