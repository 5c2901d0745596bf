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

rng = np.random.default_rng(0)
x = rng.random((5, 4))
# Calling a model runs it on x; convert_to_numpy works on any backend's tensor.
expected = keras.ops.convert_to_numpy(sequential(x))
for name, model in [("functional", functional), ("subclassed", subclassed)]:
    model.set_weights(sequential.get_weights())  # the same numbers everywhere
    gap = np.abs(keras.ops.convert_to_numpy(model(x)) - expected).max()
    print(f"{name:<10} params {model.count_params()}  largest gap {gap:.4f}")
