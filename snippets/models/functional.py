"""The same network with the functional API: call layers on tensors."""

import keras

inputs = keras.Input(shape=(4,))
x = keras.layers.Dense(8, activation="relu")(inputs)
outputs = keras.layers.Dense(3, activation="softmax")(x)
model = keras.Model(inputs=inputs, outputs=outputs, name="graph")


def show(text):
    # Thin rules: this site's output check mistakes "━" for a progress bar.
    print(text.replace("━", "─"))


model.summary(line_length=64, print_fn=show)
