"""Python code inside a tf.function runs only while it is being traced."""

import tensorflow as tf

BACKENDS = ("tensorflow",)  # uses TensorFlow's own API

traces = []


@tf.function
def square(x):
    traces.append(x.shape)  # plain Python: runs during tracing only
    return x * x


for values in ([1.0, 2.0], [3.0, 4.0], [5.0, 6.0, 7.0]):
    y = square(tf.constant(values))
    print(f"square({values}) = {y.numpy()}  traces so far: {len(traces)}")
