"""Count the batches Keras runs with a callback: 100 examples, batch_size=32."""

import keras
import numpy as np


class CountBatches(keras.callbacks.Callback):
    def on_epoch_begin(self, epoch, logs=None):
        self.count = 0

    def on_train_batch_end(self, batch, logs=None):
        self.count += 1  # called once after every update of the weights

    def on_epoch_end(self, epoch, logs=None):
        print(f"epoch {epoch}: {self.count} batches")


keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(size=(100, 3))
y = x.sum(axis=1)
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
model.fit(x, y, batch_size=32, epochs=3, verbose=0, callbacks=[CountBatches()])
print("updates in total:", int(model.optimizer.iterations))
