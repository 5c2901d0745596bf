"""A batch of one: add the batch axis in front of the sample."""

import keras
import numpy as np

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
sample = np.array([0.5, 1.0, 2.0], dtype="float32")
batch = sample[np.newaxis]  # or np.expand_dims(sample, 0)
print("sample:", sample.shape, "batch:", batch.shape)
print("predictions:", model.predict(batch, verbose=0).shape)
