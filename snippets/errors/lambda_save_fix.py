"""A small registered layer instead of a Lambda saves and loads."""

import tempfile
from pathlib import Path

import keras


@keras.saving.register_keras_serializable()
class Scale(keras.layers.Layer):
    def call(self, x):
        return x / 255.0


model = keras.Sequential(
    [keras.Input(shape=(3,)), Scale(), keras.layers.Dense(1)]
)
with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "model.keras"
    model.save(path)
    loaded = keras.saving.load_model(path)
print("loaded layers:", [type(layer).__name__ for layer in loaded.layers])
