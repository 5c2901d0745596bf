"""Eager execution: every operation runs at once and hands back numbers."""

import tensorflow as tf

BACKENDS = ("tensorflow",)  # uses TensorFlow's own API

print("executing eagerly:", tf.executing_eagerly())

a = tf.constant([1.0, 2.0, 3.0])
b = a * 2.0 + 1.0  # computed on this very line
print(b)
print("as a NumPy array:", b.numpy())
