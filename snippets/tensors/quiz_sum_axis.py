"""Quiz: the shape left after summing a (2, 3, 4) tensor along axis 1."""

import keras

x = keras.ops.ones((2, 3, 4))
print(tuple(keras.ops.sum(x, axis=1).shape))
