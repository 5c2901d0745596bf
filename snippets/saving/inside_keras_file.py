"""A .keras file is a zip archive: list what is inside."""

import json
import os
import tempfile
import zipfile

import keras

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

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "digits.keras")
    model.save(path)
    with zipfile.ZipFile(path) as archive:
        print("members:", archive.namelist())
        config = json.loads(archive.read("config.json"))
        metadata = json.loads(archive.read("metadata.json"))

print("config.json, the model:", config["class_name"])
for layer in config["config"]["layers"]:
    settings = layer["config"]
    units = settings.get("units", settings.get("batch_shape"))
    activation = settings.get("activation", "-")
    print(f"  {layer['class_name']:<10} {units!s:<10} {activation}")
compiled = config["compile_config"]
print("config.json, compile:", compiled["optimizer"]["class_name"], end=", ")
print(compiled["loss"], compiled["metrics"])
print("metadata.json:", sorted(metadata))
