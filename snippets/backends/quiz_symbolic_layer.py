"""Quiz: what calling a layer on a symbolic input returns."""

import keras

y = keras.layers.Dense(2)(keras.Input(shape=(3,)))
print(type(y).__name__, y.shape)
