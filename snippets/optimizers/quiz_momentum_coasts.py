"""Quiz: SGD with momentum, a gradient of 1 and then of 0."""

import keras

w = keras.Variable(1.0)
optimizer = keras.optimizers.SGD(learning_rate=0.1, momentum=0.9)
for gradient in (1.0, 0.0):
    optimizer.apply([keras.ops.convert_to_tensor(gradient)], [w])
    print(round(float(keras.ops.convert_to_numpy(w)), 4))
