"""Min-max normalization into [0, 1], checked against sklearn's MinMaxScaler."""

import numpy as np
from sklearn.datasets import load_digits
from sklearn.preprocessing import MinMaxScaler

x = np.array([[1.0, 200.0], [3.0, 400.0], [5.0, 1000.0]])

lo, hi = x.min(axis=0), x.max(axis=0)
scaled = (x - lo) / (hi - lo)  # per column: min -> 0, max -> 1

print("scaled:\n", scaled)
print("same as sklearn:", np.allclose(scaled, MinMaxScaler().fit_transform(x)))

# Images: pixel values have a known range, so dividing by the maximum is enough.
pixels = load_digits().data  # grey levels 0 to 16
print("pixels before:", pixels.min(), "to", pixels.max())
print("pixels after: ", (pixels / 16.0).min(), "to", (pixels / 16.0).max())
