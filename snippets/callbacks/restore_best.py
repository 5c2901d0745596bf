"""EarlyStopping with and without restore_best_weights: the weights you keep."""

import keras
import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(80, 10))
y = x[:, 0] + rng.normal(0, 0.5, 80)  # only feature 0 matters, plus noise
x_val, y_val = x[60:], y[60:]
x, y = x[:60], y[:60]

for restore in (True, False):
    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [
            keras.Input(shape=(10,)),
            keras.layers.Dense(64, activation="relu"),
            keras.layers.Dense(1),
        ]
    )
    model.compile(optimizer=keras.optimizers.Adam(0.01), loss="mse")
    stop = keras.callbacks.EarlyStopping(
        monitor="val_loss", patience=5, restore_best_weights=restore
    )
    history = model.fit(
        x,
        y,
        validation_data=(x_val, y_val),
        epochs=200,
        callbacks=[stop],
        verbose=0,
    )
    val = history.history["val_loss"]
    now = model.evaluate(x_val, y_val, verbose=0)
    print(f"restore_best_weights={restore}: ran {len(val)} of 200 epochs")
    print(
        f"  best epoch {int(np.argmin(val)) + 1}, val_loss {min(val):.4f};",
        end="",
    )
    print(f" last epoch {val[-1]:.4f}; evaluate now {now:.4f}")
