"""Adam moves each weight by about the learning rate, whatever its gradient."""

import keras
import numpy as np

g = keras.ops.convert_to_tensor(
    [1000.0, 0.001]
)  # one steep, one flat direction
for optimizer in (keras.optimizers.SGD(0.001), keras.optimizers.Adam(0.001)):
    w = keras.Variable([0.0, 0.0])
    for _ in range(3):
        optimizer.apply([g], [w])
    moved = -keras.ops.convert_to_numpy(w)
    name = type(optimizer).__name__
    print(
        f"{name:>4}, 3 steps: weights moved {moved[0]:.6f} and {moved[1]:.6f}"
    )
print("SGD moves in proportion to the gradient, ratio", f"{1000 / 0.001:.0e}")
print("Adam per step, about the learning rate:", np.round(moved / 3, 6))
