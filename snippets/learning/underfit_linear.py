"""No hidden layer underfits circles; one hidden layer fits them."""

import keras
import numpy as np
from sklearn.datasets import make_circles

keras.utils.set_random_seed(0)
x, y = make_circles(n_samples=400, noise=0.05, factor=0.5, random_state=0)


def training_accuracy(hidden_units):
    layers = [keras.Input(shape=(2,))]
    if hidden_units:
        layers.append(keras.layers.Dense(hidden_units, activation="relu"))
    layers.append(keras.layers.Dense(1, activation="sigmoid"))
    model = keras.Sequential(layers)
    model.compile(
        optimizer=keras.optimizers.Adam(0.05), loss="binary_crossentropy"
    )
    model.fit(x, y, epochs=10, batch_size=100, verbose=0)
    predicted = keras.ops.convert_to_numpy(model(x))[:, 0] > 0.5
    return np.mean(predicted == y)  # measured on the training data itself


print(f"no hidden layer:     training accuracy {training_accuracy(0):.4f}")
print(f"8 hidden ReLU units: training accuracy {training_accuracy(8):.4f}")
