"""keras.Input gives the shape, so the weights exist at once."""

import keras

model = keras.Sequential(
    [keras.Input(shape=(3,)), keras.layers.Dense(4), keras.layers.Dense(1)]
)
print("weights:", len(model.weights))
print("parameters:", model.count_params())
