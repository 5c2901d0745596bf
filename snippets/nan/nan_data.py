"""One nan in the data makes every loss after it nan; find it and drop it."""

import keras
import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(320, 10))
y = x @ rng.normal(size=10)
x[123, 4] = np.nan  # one missing value, as a CSV file might have


def train(x, y):
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input(shape=(10,)), keras.layers.Dense(1)])
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.1), loss="mse")
    return model.fit(x, y, batch_size=32, epochs=3, verbose=0).history["loss"]


print("with the nan:", train(x, y))
bad = np.isnan(x).any(axis=1) | np.isnan(y)
print("nan == nan:", np.nan == np.nan)  # so test with np.isnan
print("rows with a nan:", np.flatnonzero(bad))
print("without them:", np.round(train(x[~bad], y[~bad]), 4))
