"""save_weights keeps only the numbers: load them into the same architecture."""

import os
import tempfile

import keras
import numpy as np
from sklearn.datasets import load_digits

digits = load_digits()
x, y = digits.data.astype("float32") / 16, digits.target


def build():
    """The architecture lives in code: save_weights does not store it."""
    return keras.Sequential(
        [
            keras.Input(shape=(64,)),
            keras.layers.Dense(32, activation="relu"),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )


keras.utils.set_random_seed(0)
model = build()
model.compile(
    optimizer="adam",
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
model.fit(x, y, epochs=3, verbose=0)
fresh = build()  # new random weights

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "digits.weights.h5")  # must end in .weights.h5
    model.save_weights(path)
    same_before = np.array_equal(
        model.predict(x, verbose=0), fresh.predict(x, verbose=0)
    )
    fresh.load_weights(path)

print("fresh model, same predictions before loading:", same_before)
same = np.array_equal(model.predict(x, verbose=0), fresh.predict(x, verbose=0))
print("after load_weights:", same)
print("fresh model compiled:", fresh.compiled)
