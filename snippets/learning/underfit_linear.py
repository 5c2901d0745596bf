"""No hidden layer underfits circles; one hidden layer fits them."""

import keras
from sklearn.datasets import make_circles

keras.utils.set_random_seed(0)
x, y = make_circles(n_samples=400, noise=0.05, factor=0.5, random_state=0)


def train(hidden_units):
    layers = [keras.Input(shape=(2,))]
    if hidden_units:
        layers.append(keras.layers.Dense(hidden_units, activation="relu"))
    layers.append(keras.layers.Dense(1, activation="sigmoid"))
    model = keras.Sequential(layers)
    model.compile(
        optimizer=keras.optimizers.Adam(0.05),
        loss="binary_crossentropy",
        metrics=["accuracy"],
    )
    model.fit(x, y, epochs=40, batch_size=100, verbose=0)
    return model.evaluate(x, y, verbose=0)[1]  # accuracy on the training data


print(f"no hidden layer:     training accuracy {train(0):.4f}")
print(f"8 hidden ReLU units: training accuracy {train(8):.4f}")
