"""Which shapes broadcast together, compared axis by axis from the right."""

import numpy as np

pairs = [
    ((2, 3), (3,)),
    ((2, 3), (2, 1)),
    ((4, 1), (1, 5)),
    ((100, 16, 32, 3), (3,)),
    ((2, 3), (2,)),
]
for a, b in pairs:
    try:
        result = np.broadcast_shapes(a, b)
    except ValueError:
        result = "error: lengths differ and neither is 1"
    print(f"{str(a):<17} with {str(b):<7} -> {result}")
