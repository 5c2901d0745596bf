"""Quiz: EarlyStopping(patience=2) when the loss never improves."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.default_rng(0).normal(size=(32, 2))
y = x.sum(axis=1)
model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="mse")
stop = keras.callbacks.EarlyStopping(monitor="loss", patience=2, min_delta=1e-3)
history = model.fit(x, y, epochs=10, callbacks=[stop], verbose=0)
print(len(history.history["loss"]))
