"""Steps per epoch and the size of the last batch, for N = 100 examples."""

import math

n = 100
print("batch_size  steps per epoch  last batch")
for batch_size in [1, 10, 32, 64, 100, 128]:
    steps = math.ceil(n / batch_size)  # the last, partial batch counts too
    last = n - (steps - 1) * batch_size
    print(f"{batch_size:>10} {steps:>16} {last:>11}")
