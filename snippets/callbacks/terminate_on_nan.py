"""TerminateOnNaN ends training at the first batch whose loss is nan or inf."""

import keras
import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(320, 10))
y = x @ rng.normal(size=10)

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input(shape=(10,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.SGD(learning_rate=2.0), loss="mse")
history = model.fit(
    x,
    y,
    batch_size=32,
    epochs=10,
    callbacks=[keras.callbacks.TerminateOnNaN()],
    verbose=0,
)
print("epochs run:", len(history.history["loss"]), "of 10")
print("steps run:", int(model.optimizer.iterations), "of", 10 * 320 // 32)
print("loss per epoch:", " ".join(f"{v:.3g}" for v in history.history["loss"]))
