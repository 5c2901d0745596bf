"""A label 3 for a model with 3 outputs (classes 0, 1 and 2)."""

import keras
import numpy as np

# JAX checks nothing here: the loss is just wrong, without a message.
RAISES = {
    "tensorflow": "InvalidArgumentError",
    "jax": None,
    "torch": "IndexError",
}

keras.utils.set_random_seed(0)
x = np.zeros((4, 2), dtype="float32")
y = np.array([0, 1, 2, 3])  # four classes, counted from 0
model = keras.Sequential(
    [keras.Input(shape=(2,)), keras.layers.Dense(3, activation="softmax")]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
history = model.fit(x, y, verbose=0)
print(f"loss: {history.history['loss'][0]:.4f}")
