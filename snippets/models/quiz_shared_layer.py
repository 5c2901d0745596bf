"""Quiz: the parameters of a model that calls the same Dense layer twice."""

import keras

shared = keras.layers.Dense(3)
a = keras.Input(shape=(3,))
b = keras.Input(shape=(3,))
outputs = keras.layers.Add()([shared(a), shared(b)])
model = keras.Model([a, b], outputs)
print(model.count_params())
