"""scipy.optimize.minimize finds the lowest point of a function."""

import numpy as np
from scipy.optimize import minimize


def loss(p):
    """A bowl whose lowest point is at (3, -1)."""
    return (p[0] - 3) ** 2 + 10 * (p[1] + 1) ** 2


result = minimize(loss, x0=np.array([0.0, 0.0]))
print("success:", result.success)
print("best p:", result.x.round(4))
print(f"loss there: {result.fun:.4f}")
