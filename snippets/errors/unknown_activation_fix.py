"""The names Keras knows are the functions in keras.activations."""

import keras

names = [n for n in dir(keras.activations) if n.islower() and "_" not in n]
print("some names:", [n for n in names if n.startswith(("re", "si", "so"))])
layer = keras.layers.Dense(8, activation="relu")
print("activation:", layer.activation.__name__)
