"""argmax turns one-hot rows back into class numbers."""

import keras
import numpy as np

y = keras.utils.to_categorical([0, 2, 1, 2, 0, 1])
print("one-hot:", y.shape)
labels = np.argmax(y, axis=1)
print("class numbers:", labels, labels.shape)
