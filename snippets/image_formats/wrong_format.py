"""A layout mix-up often raises no error: the shapes are just wrong."""

import keras

inputs = keras.Input(shape=(16, 32, 3))  # channels_last images...
# ...given to a layer that reads them as (channels, height, width)
conv = keras.layers.Conv2D(8, 3, data_format="channels_first")
outputs = conv(inputs)

print("input: ", inputs.shape)
print("output:", outputs.shape)
print("channels the layer thinks each pixel has:", conv.kernel.shape[2])
