"""A model built for 3 features is given rows of 4."""

import keras
import numpy as np

RAISES = "ValueError"

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
x = np.ones((2, 4), dtype="float32")  # 2 samples, 4 features each
model.predict(x, verbose=0)
