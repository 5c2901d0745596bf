"""model.save with a folder name, as TensorFlow's SavedModel had it."""

import tempfile
from pathlib import Path

import keras

RAISES = "ValueError"

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
with tempfile.TemporaryDirectory() as folder:
    model.save(Path(folder) / "my_model")
