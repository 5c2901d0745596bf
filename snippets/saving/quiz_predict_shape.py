"""Quiz: the shape of predict's result for 5 examples and 3 classes."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [keras.Input(shape=(4,)), keras.layers.Dense(3, "softmax")]
)
probabilities = model.predict(np.zeros((5, 4)), verbose=0)
print(probabilities.shape)
print(np.round(probabilities.sum(axis=1), 4))
