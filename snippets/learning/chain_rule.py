"""The chain rule for one neuron, checked numerically and by GradientTape."""

import numpy as np
import tensorflow as tf

BACKENDS = ("tensorflow",)  # uses TensorFlow's own API

x, t = 2.0, 1.0  # one input and its target
w, b = 0.5, -0.3  # the parameters


def loss(w):
    z = w * x + b  # step 1: weighted sum
    y = 1 / (1 + np.exp(-z))  # step 2: sigmoid
    return (y - t) ** 2  # step 3: squared error


# Chain rule: multiply the derivative of each step.
z = w * x + b
y = 1 / (1 + np.exp(-z))
dL_dy, dy_dz, dz_dw = 2 * (y - t), y * (1 - y), x
print(f"dL/dy * dy/dz * dz/dw = {dL_dy * dy_dz * dz_dw:.6f}")

h = 1e-6  # finite differences: nudge w a little each way
print(f"finite differences    = {(loss(w + h) - loss(w - h)) / (2 * h):.6f}")

w_var = tf.Variable(w, dtype=tf.float64)
with tf.GradientTape() as tape:
    y_tf = tf.sigmoid(w_var * x + b)
    loss_tf = (y_tf - t) ** 2
print(f"tf.GradientTape       = {float(tape.gradient(loss_tf, w_var)):.6f}")
