"""Integer class labels with categorical_crossentropy."""

import keras
import numpy as np

RAISES = "ValueError"

x = np.zeros((6, 4), dtype="float32")
y = np.array([0, 2, 1, 2, 0, 1])  # one class number per sample
model = keras.Sequential(
    [keras.Input(shape=(4,)), keras.layers.Dense(3, activation="softmax")]
)
model.compile(optimizer="adam", loss="categorical_crossentropy")
model.fit(x, y, verbose=0)
