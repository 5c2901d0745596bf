"""keras.layers.Lambda turns a small function into a layer without weights."""

import keras
from keras import ops

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [
        keras.Input(shape=(3,)),
        keras.layers.Lambda(lambda x: x / 10.0),  # rescale the inputs
        keras.layers.Dense(2),
        keras.layers.Lambda(lambda x: ops.sum(x, axis=1, keepdims=True)),
    ]
)
x = ops.convert_to_tensor([[10.0, 20.0, 30.0]])
print("output:", ops.convert_to_numpy(model(x)).round(4))
print("output shape:", model.output_shape)
print("parameters per layer:", [layer.count_params() for layer in model.layers])
