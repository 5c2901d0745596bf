"""The Input's shape matches the features of each sample."""

import keras
import numpy as np

x = np.ones((2, 4), dtype="float32")
print("features per sample:", x.shape[1:])
model = keras.Sequential(
    [keras.Input(shape=x.shape[1:]), keras.layers.Dense(1)]
)
print("predictions:", model.predict(x, verbose=0).shape)
