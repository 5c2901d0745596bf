"""One sample, without its batch axis, given to predict."""

import keras
import numpy as np

RAISES = "ValueError"

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
sample = np.array([0.5, 1.0, 2.0], dtype="float32")  # shape (3,)
model.predict(sample, verbose=0)
