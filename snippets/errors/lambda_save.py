"""A model with a Lambda layer is saved, then loaded again."""

import tempfile
from pathlib import Path

import keras

RAISES = "ValueError"

model = keras.Sequential(
    [
        keras.Input(shape=(3,)),
        keras.layers.Lambda(lambda x: x / 255.0),
        keras.layers.Dense(1),
    ]
)
with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "model.keras"
    model.save(path)
    print("saved:", path.name)
    keras.saving.load_model(path)
