"""Three learning-rate schedules: the rate they give at a few steps."""

import keras
import numpy as np

schedules = keras.optimizers.schedules
chosen = {
    "exponential": schedules.ExponentialDecay(
        0.1, decay_steps=100, decay_rate=0.5
    ),
    "piecewise": schedules.PiecewiseConstantDecay(
        [100, 200], [0.1, 0.03, 0.01]
    ),
    "cosine": schedules.CosineDecay(0.1, decay_steps=300),
}
steps = [0, 50, 100, 150, 200, 300]
print("step:         ", "".join(f"{s:>8}" for s in steps))
for name, schedule in chosen.items():
    rates = [float(schedule(s)) for s in steps]
    print(f"{name:<14}", "".join(f"{r:>8.4f}" for r in rates))

# The formulas, in NumPy
t = np.array(steps)
print("0.1 * 0.5**(t/100): ", np.round(0.1 * 0.5 ** (t / 100), 4))
print("0.05 * (1 + cos):   ", np.round(0.05 * (1 + np.cos(np.pi * t / 300)), 4))
