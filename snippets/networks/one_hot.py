"""Turn integer class labels into one-hot vectors with to_categorical."""

import keras
import numpy as np

labels = np.array([0, 2, 1, 2])  # four examples, three classes
one_hot = keras.utils.to_categorical(labels, num_classes=3)

print(one_hot)
print("shape:", one_hot.shape)
print("back to labels:", one_hot.argmax(axis=1))
