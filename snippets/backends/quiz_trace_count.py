"""Quiz: how often tf.function traces a function called with three tensors."""

import tensorflow as tf

BACKENDS = ("tensorflow",)  # uses TensorFlow's own API


@tf.function
def double(x):
    print("tracing")  # a Python print runs only while TensorFlow traces
    return 2 * x


double(tf.constant(1.0))
double(tf.constant(2.0))
double(tf.constant([1.0, 2.0]))
print("calls done")
