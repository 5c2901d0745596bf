"""Save a model to a .keras file, load it back, get the same predictions."""

import os
import tempfile

import keras
import numpy as np
from sklearn.datasets import load_digits

digits = load_digits()
x, y = digits.data.astype("float32") / 16, digits.target

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [
        keras.Input(shape=(64,)),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ]
)
model.compile(
    optimizer="adam",
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
model.fit(x, y, epochs=3, verbose=0)

with (
    tempfile.TemporaryDirectory() as folder
):  # removed, with the file, at the end
    path = os.path.join(folder, "digits.keras")
    model.save(path)
    restored = keras.saving.load_model(path)

before = model.predict(x, verbose=0)
after = restored.predict(x, verbose=0)
print("identical predictions:", np.array_equal(before, after))
print("optimizer steps, saved and restored:", end=" ")
print(int(model.optimizer.iterations), int(restored.optimizer.iterations))

# Both carry on from the same point: one more epoch, same batches
model.fit(x, y, epochs=1, shuffle=False, verbose=0)
restored.fit(x, y, epochs=1, shuffle=False, verbose=0)
gap = np.abs(model.predict(x, verbose=0) - restored.predict(x, verbose=0))
print(f"after one more epoch each, largest difference: {gap.max():.1e}")
