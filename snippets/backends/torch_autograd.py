"""On PyTorch, loss.backward() gives each weight of a Keras model a gradient."""

import keras
import numpy as np
import torch

BACKENDS = ("torch",)  # uses PyTorch's own API

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(3)])
rng = np.random.default_rng(0)
x = rng.random((5, 4), dtype="float32")
y = rng.random((5, 3), dtype="float32")

loss = keras.losses.MeanSquaredError()(torch.tensor(y), model(x))
loss.backward()  # autograd recorded the forward pass as it ran
print(f"loss: {loss.item():.4f}")
for weight in model.trainable_weights:
    grad = weight.value.grad
    print(
        f"{weight.name:<7} shape {weight.shape}  gradient {tuple(grad.shape)}"
    )
