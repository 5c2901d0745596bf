"""Small batches: a constant rate keeps jittering, a decaying rate settles."""

import keras
import numpy as np
from sklearn.datasets import load_diabetes

data = load_diabetes()
x = data.data[:, [2, 8]]
x = (x - x.mean(axis=0)) / x.std(axis=0)
y = (data.target - data.target.mean()) / data.target.std()
best = np.mean((x @ np.linalg.lstsq(x, y, rcond=None)[0] - y) ** 2)

steps = 5 * int(np.ceil(len(x) / 4))  # 5 epochs of batches of 4
rates = {
    "constant 0.05": 0.05,
    "cosine from 0.05": keras.optimizers.schedules.CosineDecay(0.05, steps),
}
print(f"minimum loss: {best:.4f}")
for name, rate in rates.items():
    keras.utils.set_random_seed(0)
    dense = keras.layers.Dense(1, use_bias=False)
    model = keras.Sequential([keras.Input(shape=(2,)), dense])
    model.compile(keras.optimizers.SGD(learning_rate=rate), "mse")
    model.fit(x, y, batch_size=4, epochs=5, verbose=0)
    final = model.evaluate(x, y, verbose=0)
    lr = float(keras.ops.convert_to_numpy(model.optimizer.learning_rate))
    print(
        f"{name:<17} loss after {steps} steps: {final:.4f}, rate now {lr:.4f}"
    )
