"""Quiz: TerminateOnNaN, 5 epochs asked for, one nan in the data."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.ones((16, 2))
x[3, 1] = np.nan
model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
history = model.fit(
    x,
    x[:, 0],
    epochs=5,
    callbacks=[keras.callbacks.TerminateOnNaN()],
    verbose=0,
)
print(len(history.history["loss"]), history.history["loss"])
