"""Quiz: Adam, a gradient of 1 and then of 0."""

import keras

w = keras.Variable(0.0)
optimizer = keras.optimizers.Adam(learning_rate=0.1)
for gradient in (1.0, 0.0):
    optimizer.apply([keras.ops.convert_to_tensor(gradient)], [w])
    print(round(float(keras.ops.convert_to_numpy(w)), 4))
