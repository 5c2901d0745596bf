"""Too large a learning rate: the loss grows to inf, then becomes nan."""

import keras
import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(320, 10))
y = x @ rng.normal(size=10)

for rate in (2.0, 0.1):
    keras.utils.set_random_seed(0)
    model = keras.Sequential([keras.Input(shape=(10,)), keras.layers.Dense(1)])
    model.compile(
        optimizer=keras.optimizers.SGD(learning_rate=rate), loss="mse"
    )
    losses = model.fit(x, y, batch_size=32, epochs=8, verbose=0).history["loss"]
    print(f"rate {rate}:", " ".join(f"{v:.3g}" for v in losses))
