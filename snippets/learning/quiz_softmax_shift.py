"""Quiz: softmax of [1, 2, 3] and of [101, 102, 103]."""

import keras
import numpy as np

for scores in ([1.0, 2.0, 3.0], [101.0, 102.0, 103.0]):
    probabilities = keras.ops.softmax(keras.ops.convert_to_tensor(scores))
    print(np.round(keras.ops.convert_to_numpy(probabilities), 4))
