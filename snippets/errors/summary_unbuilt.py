"""A Sequential model without an Input is not built yet."""

import keras

RAISES = "ValueError"

model = keras.Sequential([keras.layers.Dense(4), keras.layers.Dense(1)])
model.summary()
print("weights so far:", len(model.weights))
model.count_params()
