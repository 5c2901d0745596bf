"""Quiz: how many weight tensors a two-layer Sequential model holds."""

import keras

model = keras.Sequential(
    [
        keras.Input(shape=(3,)),
        keras.layers.Dense(4, activation="relu"),
        keras.layers.Dense(2),
    ]
)
print(len(model.weights))
print([tuple(w.shape) for w in model.weights])
