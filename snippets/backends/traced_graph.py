"""tf.function traces a Python function into a graph of operations."""

import tensorflow as tf

BACKENDS = ("tensorflow",)  # uses TensorFlow's own API


@tf.function
def affine(x, w, b):
    return x * w + b


vector = tf.TensorSpec(shape=[None], dtype=tf.float32)  # any length
number = tf.TensorSpec(shape=[], dtype=tf.float32)
graph = affine.get_concrete_function(vector, number, number).graph

for op in graph.get_operations():
    inputs = [t.name for t in op.inputs]
    print(f"{op.name:<9} {op.type:<12} inputs={inputs}")

y = affine(tf.constant([1.0, 2.0]), tf.constant(3.0), tf.constant(0.5))
print("running the graph:", y.numpy())
