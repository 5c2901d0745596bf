"""Mean squared error by hand, checked against keras.losses.MeanSquaredError."""

import keras
import numpy as np

y_true = np.array([3.0, -0.5, 2.0, 7.0])
y_pred = np.array([2.5, 0.0, 2.0, 8.0])

errors = y_pred - y_true
by_hand = np.mean(errors**2)
loss = keras.losses.MeanSquaredError()

print("errors:        ", errors)
print("squared errors:", errors**2)
print(f"MSE by hand: {by_hand:.4f}")
print(f"MSE keras:   {float(loss(y_true, y_pred)):.4f}")
