"""Quiz: what Keras' SGD does to a variable whose gradient is 2."""

import keras

w = keras.Variable(1.0)
optimizer = keras.optimizers.SGD(learning_rate=0.1)
optimizer.apply([keras.ops.convert_to_tensor(2.0)], [w])
print(round(float(keras.ops.convert_to_numpy(w)), 4))
