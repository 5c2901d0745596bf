"""The noise in a batch's gradient shrinks like 1 / sqrt(batch size)."""

import numpy as np
from sklearn.datasets import load_diabetes

data = load_diabetes()
x = data.data[:, [2, 8]]
x = (x - x.mean(axis=0)) / x.std(axis=0)
y = (data.target - data.target.mean()) / data.target.std()

# At the minimum the full gradient is zero, so a batch's gradient is pure noise.
w_best = np.linalg.lstsq(x, y, rcond=None)[0]
rng = np.random.default_rng(0)
print("batch size  typical size of its gradient  times sqrt(batch size)")
for b in [1, 4, 16, 64]:
    grads = []
    for _ in range(2000):  # many random batches of b examples
        i = rng.choice(len(x), size=b, replace=False)
        grads.append(2 / b * x[i].T @ (x[i] @ w_best - y[i]))
    noise = np.sqrt(np.mean(np.sum(np.square(grads), axis=1)))  # RMS length
    print(f"{b:>10} {noise:>29.4f} {noise * np.sqrt(b):>23.4f}")
