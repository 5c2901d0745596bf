"""Adam in NumPy, step for step against keras.optimizers.Adam."""

import keras
import numpy as np
from sklearn.datasets import load_diabetes

data = load_diabetes()
x = data.data[:, [2, 8]]
x = (x - x.mean(axis=0)) / x.std(axis=0)
y = (data.target - data.target.mean()) / data.target.std()


def gradient(w):
    return 2 / len(x) * x.T @ (x @ w - y)


lr, beta1, beta2, eps = 0.1, 0.9, 0.999, 1e-7  # Keras' defaults but lr
w_keras = keras.Variable([-1.0, 2.0])
optimizer = keras.optimizers.Adam(learning_rate=lr)
w, m, v = np.array([-1.0, 2.0]), np.zeros(2), np.zeros(2)
for t in range(1, 31):
    g = gradient(keras.ops.convert_to_numpy(w_keras))
    optimizer.apply([keras.ops.convert_to_tensor(g, "float32")], [w_keras])
    g = gradient(w)
    m = beta1 * m + (1 - beta1) * g  # running mean of the gradient
    v = beta2 * v + (1 - beta2) * g**2  # running mean of its square
    m_hat, v_hat = m / (1 - beta1**t), v / (1 - beta2**t)  # bias correction
    w = w - lr * m_hat / (np.sqrt(v_hat) + eps)
    if t in (1, 2, 3, 10, 30):
        w_k = keras.ops.convert_to_numpy(w_keras)
        print(f"step {t:>2}: Keras {np.round(w_k, 4)}  NumPy {np.round(w, 4)}")
