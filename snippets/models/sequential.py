"""A small network as a Sequential model: a plain stack of layers."""

import keras

model = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        keras.layers.Dense(8, activation="relu"),
        keras.layers.Dense(3, activation="softmax"),
    ],
    name="stack",
)


model.summary(line_length=64)  # a fixed width, whatever the terminal
