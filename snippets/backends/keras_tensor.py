"""keras.Input is a symbolic KerasTensor: a shape and a dtype, no values."""

import keras
import numpy as np

inputs = keras.Input(shape=(4,))
hidden = keras.layers.Dense(8, activation="relu")(inputs)
outputs = keras.layers.Dense(3)(hidden)

for name, t in [("inputs", inputs), ("hidden", hidden), ("outputs", outputs)]:
    print(f"{name:<8} {type(t).__name__}  shape={t.shape}  dtype={t.dtype}")

model = keras.Model(inputs, outputs)  # the recorded graph becomes a model
real = model(np.ones((2, 4)))  # now data flows: a batch of 2
print(f"real     {type(real).__name__}  shape={tuple(real.shape)}")
