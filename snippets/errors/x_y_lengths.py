"""x has 100 samples, y has 99."""

import keras
import numpy as np

RAISES = "ValueError"

x = np.zeros((100, 2), dtype="float32")
y = np.zeros((99, 1), dtype="float32")  # one label was lost
model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
model.fit(x, y, verbose=0)
