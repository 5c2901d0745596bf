"""The same network by subclassing keras.Model: layers, then a call method."""

import keras
import numpy as np


class SmallNet(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(8, activation="relu")
        self.out = keras.layers.Dense(3, activation="softmax")

    def call(self, inputs):
        return self.out(self.hidden(inputs))


model = SmallNet(name="custom")
print("weights before any data:", len(model.weights))
probabilities = model(np.ones((2, 4)))  # the first call creates the weights
print("weights after a call:   ", len(model.weights))
print("output shape:", tuple(probabilities.shape))


model.summary(line_length=64)  # a fixed width, whatever the terminal
