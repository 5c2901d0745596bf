"""Automatic differentiation gives one gradient for every weight of a model."""

import keras
import numpy as np
import tensorflow as tf

BACKENDS = ("tensorflow",)  # uses TensorFlow's own API

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(3)])
rng = np.random.default_rng(0)
x = rng.random((5, 4), dtype="float32")
y = rng.random((5, 3), dtype="float32")

with tf.GradientTape() as tape:
    loss = keras.losses.MeanSquaredError()(y, model(x))

grads = tape.gradient(loss, model.trainable_weights)
print(f"loss: {float(loss):.4f}")
for weight, grad in zip(model.trainable_weights, grads, strict=True):
    print(f"{weight.name:<7} shape {weight.shape}  gradient {grad.shape}")
