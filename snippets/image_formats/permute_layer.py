"""Feed channels_first images to a channels_last model with a Permute layer."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
model = keras.Sequential(
    [
        keras.Input(shape=(3, 16, 32)),  # channels_first data arrives
        keras.layers.Permute((2, 3, 1)),  # (C, H, W) -> (H, W, C)
        keras.layers.Conv2D(8, 3),  # runs in channels_last
        keras.layers.GlobalAveragePooling2D(),
    ]
)
for layer in model.layers:
    print(f"{layer.name:<26} {layer.output.shape}")

rng = np.random.default_rng(0)
images = rng.random((100, 3, 16, 32), dtype="float32")
print("output for 100 images:", tuple(model(images).shape))
