"""One-hot labels with sparse_categorical_crossentropy."""

import keras
import numpy as np

RAISES = "ValueError"

x = np.zeros((6, 4), dtype="float32")
y = keras.utils.to_categorical([0, 2, 1, 2, 0, 1])  # shape (6, 3)
model = keras.Sequential(
    [keras.Input(shape=(4,)), keras.layers.Dense(3, activation="softmax")]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(x, y, verbose=0)
