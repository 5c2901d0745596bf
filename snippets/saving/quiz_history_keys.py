"""Quiz: the keys and the length of history.history after fit."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(50, 2))
y = (x[:, 0] > 0).astype("float32")
model = keras.Sequential(
    [keras.Input(shape=(2,)), keras.layers.Dense(1, "sigmoid")]
)
model.compile(
    optimizer="adam", loss="binary_crossentropy", metrics=["accuracy"]
)
history = model.fit(x, y, epochs=4, validation_split=0.2, verbose=0)
print(sorted(history.history))
print(len(history.history["loss"]))
