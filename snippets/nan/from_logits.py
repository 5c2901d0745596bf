"""A from_logits mismatch: logits from the model, probabilities expected."""

import keras
from sklearn.datasets import load_digits

digits = load_digits()
x, y = digits.data.astype("float32") / 16, digits.target

for from_logits in (False, True):
    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [
            keras.Input(shape=(64,)),
            keras.layers.Dense(32, activation="relu"),
            keras.layers.Dense(10),  # no softmax: the outputs are logits
        ]
    )
    loss = keras.losses.SparseCategoricalCrossentropy(from_logits=from_logits)
    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])
    h = model.fit(x, y, epochs=5, verbose=0).history
    print(f"from_logits={from_logits}:")
    print("  loss:    ", " ".join(f"{v:.4f}" for v in h["loss"]))
    print("  accuracy:", " ".join(f"{v:.4f}" for v in h["accuracy"]))
