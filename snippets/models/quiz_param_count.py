"""Quiz: how many parameters Dense(4) has on inputs with 3 features."""

import keras

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(4)])
print(model.count_params())
