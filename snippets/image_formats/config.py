"""Read and change the image data format that Keras layers assume."""

import json
import os
from pathlib import Path

import keras

home = Path(os.environ.get("KERAS_HOME", Path.home() / ".keras"))
settings = json.loads((home / "keras.json").read_text())
print("keys in keras.json:")
for key, value in settings.items():
    print(f"  {key}: {value}")
print("keras.config says:", keras.config.image_data_format())

keras.config.set_image_data_format("channels_first")  # this process only
print("after setting it: ", keras.config.image_data_format())
print("a new Conv2D uses:", keras.layers.Conv2D(8, 3).data_format)
