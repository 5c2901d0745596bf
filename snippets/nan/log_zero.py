"""log(0): a hand-written cross-entropy gives nan where Keras' loss does not."""

import keras
from keras import ops

y = ops.convert_to_tensor([1.0, 0.0, 1.0])
logits = ops.convert_to_tensor([20.0, -3.0, 2.0])
p = ops.sigmoid(logits)  # in float32, sigmoid(20) is exactly 1.0


def by_hand(y, p):
    """Binary cross-entropy as the textbook writes it."""
    return -(y * ops.log(p) + (1 - y) * ops.log(1 - p))


print("p:          ", ops.convert_to_numpy(p))
print("log(1 - p): ", ops.convert_to_numpy(ops.log(1 - p)))
print("by hand:    ", ops.convert_to_numpy(by_hand(y, p)))
bce = keras.losses.binary_crossentropy  # clips p into [1e-7, 1 - 1e-7]
print("Keras:      ", ops.convert_to_numpy(bce(y[:, None], p[:, None])))
exact = bce(y[:, None], logits[:, None], from_logits=True)  # never forms p
print("from logits:", ops.convert_to_numpy(exact))
