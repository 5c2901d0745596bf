"""Backpropagation through a tiny two-layer network, checked by GradientTape."""

import numpy as np
import tensorflow as tf

BACKENDS = ("tensorflow",)  # uses TensorFlow's own API

rng = np.random.default_rng(0)
x = rng.normal(size=(4, 3))  # 4 examples, 3 features
t = rng.normal(size=(4, 1))  # targets
W1, W2 = rng.normal(size=(3, 5)), rng.normal(size=(5, 1))

# Forward pass: keep every intermediate value.
z1 = x @ W1
h = np.maximum(0, z1)  # ReLU
y = h @ W2
loss = np.mean((y - t) ** 2)

# Backward pass: from the loss back to each weight, one chain-rule step each.
dy = 2 * (y - t) / len(x)  # dL/dy
dW2 = h.T @ dy  # dL/dW2
dh = dy @ W2.T  # dL/dh
dz1 = dh * (z1 > 0)  # through the ReLU
dW1 = x.T @ dz1  # dL/dW1

W1_tf, W2_tf = tf.Variable(W1), tf.Variable(W2)
with tf.GradientTape() as tape:
    y_tf = tf.nn.relu(x @ W1_tf) @ W2_tf
    loss_tf = tf.reduce_mean((y_tf - t) ** 2)
g1, g2 = tape.gradient(loss_tf, [W1_tf, W2_tf])

print(f"loss: {loss:.4f}  (tf: {float(loss_tf):.4f})")
print("dW1 shape:", dW1.shape, " matches tf:", np.allclose(dW1, g1))
print("dW2 shape:", dW2.shape, " matches tf:", np.allclose(dW2, g2))
print("dW2 by hand:", np.round(dW2.ravel(), 4))
