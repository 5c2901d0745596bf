"""Plot ReLU, sigmoid and tanh side by side.

zh: ReLU、sigmoid 和 tanh 三个激活函数并排画出。
"""

import matplotlib.pyplot as plt
import numpy as np
from keras import ops

x = np.linspace(-4, 4, 161)
curves = {
    "ReLU": ops.relu(x),
    "sigmoid": ops.sigmoid(x),
    "tanh": ops.tanh(x),
}

fig, ax = plt.subplots(figsize=(5, 3))
for name, y in curves.items():
    y = ops.convert_to_numpy(y)
    ax.plot(x, y, label=name)
    print(
        f"{name:<8} at -4: {y[0]:+.4f}  at 0: {y[80]:+.4f}  at 4: {y[-1]:+.4f}"
    )
ax.set_xlabel("input")
ax.set_ylabel("output")
ax.set_ylim(-1.2, 2.2)
ax.legend()
plt.savefig("activation_functions.svg")
