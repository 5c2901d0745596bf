"""The same network with the functional API: call layers on tensors."""

import keras

inputs = keras.Input(shape=(4,))
x = keras.layers.Dense(8, activation="relu")(inputs)
outputs = keras.layers.Dense(3, activation="softmax")(x)
model = keras.Model(inputs=inputs, outputs=outputs, name="graph")


model.summary(line_length=64)  # a fixed width, whatever the terminal
