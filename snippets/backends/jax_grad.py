"""jax.grad needs a pure function: stateless_call makes one of a model."""

import jax
import keras
import numpy as np

BACKENDS = ("jax",)  # uses JAX's own API

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(3)])
rng = np.random.default_rng(0)
x = rng.random((5, 4), dtype="float32")
y = rng.random((5, 3), dtype="float32")


def loss_fn(trainable, non_trainable):
    # The weights are arguments, not hidden state, so JAX can differentiate.
    pred, _ = model.stateless_call(trainable, non_trainable, x)
    return keras.losses.MeanSquaredError()(y, pred)


trainable = [v.value for v in model.trainable_variables]
non_trainable = [v.value for v in model.non_trainable_variables]
loss, grads = jax.value_and_grad(loss_fn)(trainable, non_trainable)
print(f"loss: {float(loss):.4f}")
for weight, grad in zip(model.trainable_weights, grads, strict=True):
    print(f"{weight.name:<7} shape {weight.shape}  gradient {grad.shape}")
