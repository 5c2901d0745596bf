"""Quiz: the order in which fit calls a callback's methods, for 2 epochs."""

import keras
import numpy as np


class Say(keras.callbacks.Callback):
    def on_train_begin(self, logs=None):
        print("train begins")

    def on_epoch_begin(self, epoch, logs=None):
        print("epoch", epoch, "begins")

    def on_epoch_end(self, epoch, logs=None):
        print("epoch", epoch, "ends")

    def on_train_end(self, logs=None):
        print("train ends")


keras.utils.set_random_seed(0)
x = np.zeros((8, 2))
model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
model.fit(x, x[:, 0], epochs=2, callbacks=[Say()], verbose=0)
