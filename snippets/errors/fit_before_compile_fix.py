"""compile names the optimizer and the loss that fit uses."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
x, y = np.ones((4, 2), dtype="float32"), np.ones((4, 1), dtype="float32")
model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
history = model.fit(x, y, epochs=3, verbose=0)
print("loss per epoch:", [round(v, 4) for v in history.history["loss"]])
