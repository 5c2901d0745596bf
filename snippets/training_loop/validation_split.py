"""validation_split takes examples away from training, so fewer steps run."""

import keras
import numpy as np


class CountBatches(keras.callbacks.Callback):
    def on_epoch_begin(self, epoch, logs=None):
        self.train, self.validation = 0, 0

    def on_train_batch_end(self, batch, logs=None):
        self.train += 1

    def on_test_batch_end(self, batch, logs=None):
        self.validation += 1  # validation batches: no update of the weights

    def on_epoch_end(self, epoch, logs=None):
        print(f"training batches: {self.train}, validation: {self.validation}")


keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(size=(100, 3))
y = x.sum(axis=1)
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
counter = CountBatches()
model.fit(
    x, y, batch_size=32, validation_split=0.2, callbacks=[counter], verbose=0
)
print("updates:", int(model.optimizer.iterations))
split_at = int(len(x) * (1 - 0.2))  # Keras keeps the first 80% for training
print(f"training on {split_at} examples, validating on {len(x) - split_at}")
