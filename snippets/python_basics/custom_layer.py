"""A custom Keras layer is a class that inherits from keras.layers.Layer."""

import keras
from keras import ops


class Scale(keras.layers.Layer):
    """Multiplies each feature by its own trainable factor."""

    def __init__(self, start=1.0, **kwargs):
        super().__init__(**kwargs)  # let Layer set itself up first
        self.start = start  # an attribute: each object keeps its own

    def build(self, input_shape):  # called once, when the input shape is known
        self.factor = self.add_weight(
            shape=(input_shape[-1],),
            initializer=keras.initializers.Constant(self.start),
            name="factor",
        )

    def call(self, inputs):  # what the layer computes
        return inputs * self.factor


keras.utils.set_random_seed(0)
layer = Scale(start=2.0)
x = ops.convert_to_tensor([[1.0, 2.0, 3.0]])
print("output:", ops.convert_to_numpy(layer(x)))  # first call runs build()
print("weights:", [w.path for w in layer.weights])
print("is a Layer:", isinstance(layer, keras.layers.Layer))

model = keras.Sequential(
    [keras.Input(shape=(3,)), Scale(), keras.layers.Dense(1)]
)
print("trainable numbers in the model:", model.count_params())
