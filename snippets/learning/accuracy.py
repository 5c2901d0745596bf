"""Accuracy by hand, with scikit-learn and with a Keras metric."""

import keras
import numpy as np
from sklearn.metrics import accuracy_score

y_true = np.array([0, 2, 1, 1, 0])
probs = np.array(  # a model's predicted probabilities for 3 classes
    [
        [0.8, 0.1, 0.1],
        [0.2, 0.3, 0.5],
        [0.6, 0.3, 0.1],
        [0.1, 0.7, 0.2],
        [0.5, 0.3, 0.2],
    ]
)
y_pred = probs.argmax(axis=1)  # the predicted class: the most probable one

print("predicted:", y_pred, " true:", y_true)
print(f"by hand: {np.mean(y_pred == y_true):.4f}")
print(f"sklearn: {accuracy_score(y_true, y_pred):.4f}")
metric = keras.metrics.SparseCategoricalAccuracy()
metric.update_state(y_true, probs)
print(f"keras:   {float(metric.result()):.4f}")
