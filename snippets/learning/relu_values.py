"""ReLU by hand with NumPy, checked against keras.ops.relu."""

import numpy as np
from keras import ops

x = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])

by_hand = np.maximum(0.0, x)  # negative inputs become 0, the rest pass
by_keras = ops.convert_to_numpy(ops.relu(x))

print("x:      ", x)
print("by hand:", by_hand)
print("keras:  ", by_keras)
print("same:", np.allclose(by_hand, by_keras))
