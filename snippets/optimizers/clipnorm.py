"""clipnorm and clipvalue: what they do to one large gradient."""

import keras
import numpy as np

g = np.array([3.0, 4.0])  # length 5
for options in ({}, {"clipnorm": 1.0}, {"clipvalue": 1.0}):
    w = keras.Variable([0.0, 0.0])
    optimizer = keras.optimizers.SGD(learning_rate=1.0, **options)
    optimizer.apply([keras.ops.convert_to_tensor(g, "float32")], [w])
    step = -keras.ops.convert_to_numpy(
        w
    )  # with rate 1, the step is the gradient used
    label = str(options) if options else "no clipping"
    print(f"{label:<20} step {step}, length {np.linalg.norm(step):.4f}")
print("NumPy, g * 1 / |g|: ", g / np.linalg.norm(g))
