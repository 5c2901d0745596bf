"""Quiz: the shape of a symbolic input, keras.Input(shape=(3,))."""

import keras

x = keras.Input(shape=(3,))
print(x.shape)
