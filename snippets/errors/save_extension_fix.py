"""A .keras file holds the whole model; .weights.h5 the weights."""

import tempfile
from pathlib import Path

import keras

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
with tempfile.TemporaryDirectory() as folder:
    model.save(Path(folder) / "my_model.keras")
    model.save_weights(Path(folder) / "my_model.weights.h5")
    print(sorted(p.name for p in Path(folder).iterdir()))
