"""data_format tells Conv2D which axis of its input holds the channels."""

import keras

for data_format, shape in [
    ("channels_last", (16, 32, 3)),  # height, width, channels
    ("channels_first", (3, 16, 32)),  # channels, height, width
]:
    inputs = keras.Input(shape=shape)
    conv = keras.layers.Conv2D(8, 3, data_format=data_format)
    outputs = conv(inputs)
    print(f"{data_format:<15} {inputs.shape} -> {outputs.shape}")
    print(f"{'':<15} kernel {tuple(conv.kernel.shape)}")
