"""fit is called on a model that was never compiled."""

import keras
import numpy as np

RAISES = "ValueError"

x, y = np.zeros((4, 2), dtype="float32"), np.zeros((4, 1), dtype="float32")
model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
model.fit(x, y, verbose=0)
