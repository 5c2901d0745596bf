"""Quiz: a ReLU neuron, weights (2, -1), bias 0.5, on the input (1, 3)."""

import keras
import numpy as np

neuron = keras.layers.Dense(1, activation="relu")
neuron.build((None, 2))
neuron.set_weights([np.array([[2.0], [-1.0]]), np.array([0.5])])
print(keras.ops.convert_to_numpy(neuron(np.array([[1.0, 3.0]]))))
