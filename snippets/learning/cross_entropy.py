"""Cross-entropy by hand, checked against the Keras losses."""

import keras
import numpy as np

labels = np.array([0, 2, 1])  # the true class of 3 examples
probs = np.array(
    [[0.7, 0.2, 0.1], [0.1, 0.1, 0.8], [0.3, 0.4, 0.3]]
)  # predicted probabilities, one row per example

# -log of the probability given to the true class, averaged over examples
by_hand = -np.mean(np.log(probs[np.arange(3), labels]))
loss = keras.losses.SparseCategoricalCrossentropy()
print(f"categorical by hand: {by_hand:.4f}")
print(f"categorical keras:   {float(loss(labels, probs)):.4f}")

y = np.array([1.0, 0.0, 1.0])  # binary labels
p = np.array([0.9, 0.2, 0.6])  # predicted probability of class 1
by_hand = -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))
loss = keras.losses.BinaryCrossentropy()
print(f"binary by hand:      {by_hand:.4f}")
print(f"binary keras:        {float(loss(y, p)):.4f}")
