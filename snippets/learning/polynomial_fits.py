"""Polynomials of degree 1, 3 and 15 fitted to noisy data.

zh: 用 1 次、3 次和 15 次多项式拟合带噪声的数据。
"""

import matplotlib.pyplot as plt
import numpy as np
from numpy.polynomial import Polynomial

rng = np.random.default_rng(0)


def make_data(n):
    x = rng.uniform(0, 1, n)
    return x, np.sin(2 * np.pi * x) + rng.normal(0, 0.2, n)


x_train, y_train = make_data(20)
x_test, y_test = make_data(200)  # new data from the same source

fig, ax = plt.subplots(figsize=(5, 3))
ax.scatter(x_train, y_train, color="black", s=12, label="training data")
grid = np.linspace(0, 1, 200)
for degree in (1, 3, 15):
    p = Polynomial.fit(x_train, y_train, degree)  # least-squares fit
    train_mse = np.mean((p(x_train) - y_train) ** 2)
    test_mse = np.mean((p(x_test) - y_test) ** 2)
    print(
        f"degree {degree:>2}: training MSE {train_mse:.4f}"
        f"  test MSE {test_mse:.4f}"
    )
    ax.plot(grid, p(grid), label=f"degree {degree}")
ax.set_ylim(-2, 2)
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.legend(fontsize=8)
plt.savefig("polynomial_fits.svg")
