"""With XLA, a channels_first Conv2D runs on the CPU, same as channels_last."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x_last = rng.random((2, 5, 5, 3), dtype="float32")  # (N, H, W, C)
x_first = np.transpose(x_last, (0, 3, 1, 2))  # (N, C, H, W)

last = keras.Sequential([keras.Input((5, 5, 3)), keras.layers.Conv2D(4, 3)])
first = keras.Sequential(
    [
        keras.Input((3, 5, 5)),
        keras.layers.Conv2D(4, 3, data_format="channels_first"),
    ]
)
# The kernel has the same shape in both layouts, so the weights can be copied.
first.set_weights(last.get_weights())
# On a machine without a GPU, Keras's default jit_compile="auto" means no XLA.
first.compile(jit_compile=True)

y_last = last.predict(x_last, verbose=0)
y_first = first.predict(x_first, verbose=0)
print("channels_first output:", y_first.shape)
same = np.array_equal(np.transpose(y_first, (0, 2, 3, 1)), y_last)
print("identical after transposing:", same)
print(f"one value in both: {y_last[1, 2, 0, 3]:.4f} {y_first[1, 3, 2, 0]:.4f}")
