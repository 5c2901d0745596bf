"""Count a multilayer perceptron's parameters by hand and with Keras."""

import keras

sizes = [64, 32, 16, 10]  # inputs, two hidden layers, outputs

model = keras.Sequential(
    [
        keras.Input(shape=(sizes[0],)),
        keras.layers.Dense(sizes[1], activation="relu"),
        keras.layers.Dense(sizes[2], activation="relu"),
        keras.layers.Dense(sizes[3], activation="softmax"),
    ]
)

total = 0
for n_in, n_out in zip(sizes[:-1], sizes[1:], strict=False):
    count = n_in * n_out + n_out  # a weight per connection, a bias per neuron
    print(f"{n_in:3d} -> {n_out:3d}: {n_in} x {n_out} + {n_out} = {count}")
    total += count

print("by hand:      ", total)
print("count_params:", model.count_params())
