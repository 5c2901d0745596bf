"""One neuron's output by hand, y = sigmoid(w . x + b), and from Dense(1)."""

import keras
import numpy as np

x = np.array([[0.5, -1.0, 2.0]])  # one example with three features
w = np.array([0.4, 0.3, 0.1])  # one weight per input
b = 0.2  # the bias

z = float(x[0] @ w + b)  # the weighted sum
y = 1 / (1 + np.exp(-z))  # the activation function (here the sigmoid)
print(f"z = w . x + b = {z:.4f}")
print(f"by hand:  y = {y:.4f}")

neuron = keras.layers.Dense(1, activation="sigmoid")
neuron.build((None, 3))
neuron.set_weights([w.reshape(3, 1), np.array([b])])  # kernel (3, 1), bias (1,)
print(f"Dense(1): y = {float(neuron(x)[0, 0]):.4f}")
