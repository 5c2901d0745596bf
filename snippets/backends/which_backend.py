"""Ask Keras which backend it runs on, and what its tensors really are."""

import os

import keras

print("keras.config.backend():", keras.config.backend())
print("KERAS_BACKEND variable: ", os.environ.get("KERAS_BACKEND"))

t = keras.ops.ones((2, 3))  # a tensor made through the backend-neutral API
print("keras.ops.ones gives:", type(t).__module__, type(t).__name__)
