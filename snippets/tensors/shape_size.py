"""A shape lists the length of every axis; their product is the size."""

import math

import numpy as np

x = np.zeros((32, 8, 8, 3))  # 32 images, 8 x 8 pixels, 3 channels
print("shape:", x.shape, " axis 0 has length", x.shape[0])
print("size:", x.size, "=", math.prod(x.shape))
print("len() is the length of axis 0:", len(x))
print("one image:", x[0].shape, " last axis:", x.shape[-1])
