"""Two inputs and two outputs: a graph the Sequential model cannot express."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
image = keras.Input(shape=(8, 8, 1), name="image")
extra = keras.Input(shape=(2,), name="extra")
x = keras.layers.Conv2D(4, 3, activation="relu")(image)
x = keras.layers.Flatten()(x)
x = keras.layers.Concatenate()([x, extra])  # the two branches meet here
digit = keras.layers.Dense(10, activation="softmax", name="digit")(x)
size = keras.layers.Dense(1, name="size")(x)
model = keras.Model(inputs=[image, extra], outputs=[digit, size])

rng = np.random.default_rng(0)
batch = [rng.random((5, 8, 8, 1)), rng.random((5, 2))]
digit_p, size_p = model(batch)  # one array per input in, one per output out
print("inputs: ", [tuple(t.shape) for t in model.inputs])
print("outputs:", tuple(digit_p.shape), tuple(size_p.shape))
