"""Sequential, functional and subclassed versions compute the same function."""

import keras
import numpy as np


class SmallNet(keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden = keras.layers.Dense(8, activation="relu")
        self.out = keras.layers.Dense(3, activation="softmax")

    def call(self, inputs):
        return self.out(self.hidden(inputs))


keras.utils.set_random_seed(0)
sequential = keras.Sequential(
    [
        keras.Input(shape=(4,)),
        keras.layers.Dense(8, activation="relu"),
        keras.layers.Dense(3, activation="softmax"),
    ]
)
inputs = keras.Input(shape=(4,))
hidden = keras.layers.Dense(8, activation="relu")(inputs)
outputs = keras.layers.Dense(3, activation="softmax")(hidden)
functional = keras.Model(inputs, outputs)
subclassed = SmallNet()
subclassed(np.zeros((1, 4)))  # a first call creates its weights

x = np.random.rand(5, 4)
for model in (functional, subclassed):
    model.set_weights(sequential.get_weights())  # the same numbers everywhere
for name, model in [("functional", functional), ("subclassed", subclassed)]:
    gap = np.abs(model(x) - sequential(x))  # calling a model runs it on x
    print(
        f"{name:<10} params {model.count_params()}  largest gap {gap.max():.4f}"
    )
