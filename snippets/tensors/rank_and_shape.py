"""Tensors of rank 0 to 4, and the shape of each."""

import numpy as np

examples = {
    "a number": np.array(7.0),
    "a vector": np.array([1.0, 2.0, 3.0]),
    "a matrix": np.zeros((2, 3)),
    "a colour image": np.zeros((16, 32, 3)),  # height, width, channels
    "a batch of images": np.zeros((100, 16, 32, 3)),
}
for what, tensor in examples.items():
    print(f"{what:<18} rank {tensor.ndim}  shape {tensor.shape}")
