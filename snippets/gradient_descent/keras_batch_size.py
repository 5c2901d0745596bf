"""batch_size=1 is stochastic, batch_size=len(x) is batch gradient descent."""

import keras
import numpy as np
from sklearn.datasets import load_diabetes

data = load_diabetes()
x = data.data[:, [2, 8]]
x = (x - x.mean(axis=0)) / x.std(axis=0)
y = (data.target - data.target.mean()) / data.target.std()

print("batch_size  updates  loss")
for batch_size in [1, 32, len(x)]:
    keras.utils.set_random_seed(0)
    dense = keras.layers.Dense(1, use_bias=False)
    model = keras.Sequential([keras.Input(shape=(2,)), dense])
    dense.set_weights([np.array([[-1.0], [2.0]])])
    model.compile(
        optimizer=keras.optimizers.SGD(learning_rate=0.05), loss="mse"
    )
    model.fit(x, y, batch_size=batch_size, epochs=1, verbose=0)
    updates = int(model.optimizer.iterations)
    loss = model.evaluate(x, y, verbose=0)
    print(f"{batch_size:>10} {updates:>8}  {loss:.4f}")
