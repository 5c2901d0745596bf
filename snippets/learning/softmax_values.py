"""Softmax by hand with NumPy, checked against keras.ops.softmax."""

import numpy as np
from keras import ops

scores = np.array([2.0, 1.0, 0.1])  # raw outputs (logits) for 3 classes

exp = np.exp(scores - scores.max())  # subtracting the max avoids overflow
by_hand = exp / exp.sum()
by_keras = ops.convert_to_numpy(ops.softmax(scores))

print("by hand:", np.round(by_hand, 4))
print("keras:  ", np.round(by_keras, 4))
print(f"sum: {by_hand.sum():.4f}")
print("largest score wins the largest share:", np.argmax(by_hand))
print(
    "shifted scores, same result:",
    np.allclose(by_keras, ops.convert_to_numpy(ops.softmax(scores + 100))),
)
