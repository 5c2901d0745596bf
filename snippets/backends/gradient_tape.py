"""tf.GradientTape records operations, then differentiates through them."""

import tensorflow as tf

BACKENDS = ("tensorflow",)  # uses TensorFlow's own API

x = tf.Variable(2.0)
with tf.GradientTape() as tape:
    y = x**2 + 3.0 * x  # y = x² + 3x, recorded on the tape

dy_dx = tape.gradient(y, x)
print(f"x = {x.numpy():.4f}, y = {y.numpy():.4f}")
print(f"dy/dx from the tape: {dy_dx.numpy():.4f}")
print(f"dy/dx by hand, 2x + 3: {2 * x.numpy() + 3:.4f}")
