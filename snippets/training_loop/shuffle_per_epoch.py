"""Batch orders that are reproducible and still differ from epoch to epoch."""

import math

import keras
import numpy as np

batches = []


class RecordExamples(keras.layers.Layer):
    def call(self, inputs, training=False):
        # Keras also calls the layer with training=False on a stand-in batch to
        # build the model; only training steps hold real examples.
        if training:
            batches.append(
                keras.ops.convert_to_numpy(inputs)[:, 0].astype(int).tolist()
            )
        return inputs


class ShuffledBatches(keras.utils.PyDataset):
    """Batches of x and y in a new order every epoch, from a seeded rng."""

    def __init__(self, x, y, batch_size, seed):
        super().__init__()
        self.x, self.y, self.batch_size = x, y, batch_size
        self.rng = np.random.default_rng(seed)  # our own generator, not TF's
        self.order = np.arange(len(x))

    def __len__(self):  # batches per epoch
        return math.ceil(len(self.x) / self.batch_size)

    def __getitem__(self, i):
        chosen = self.order[i * self.batch_size : (i + 1) * self.batch_size]
        return self.x[chosen], self.y[chosen]

    def on_epoch_begin(self):  # fit calls this before every epoch
        self.order = self.rng.permutation(len(self.x))


# Example i holds the number i
x = np.arange(10, dtype="float32").reshape(10, 1)
y = x[:, 0]
keras.utils.set_random_seed(0)
model = keras.Sequential(
    [keras.Input(shape=(1,)), RecordExamples(), keras.layers.Dense(1)]
)
# run_eagerly=True: every step runs as plain Python on all three backends,
# so call() sees real numbers (compiled, it would see placeholders once)
model.compile(optimizer="sgd", loss="mse", run_eagerly=True)
data = ShuffledBatches(x, y, batch_size=4, seed=0)
# shuffle=False: fit must not reorder the batches; the dataset shuffles
model.fit(data, epochs=3, shuffle=False, verbose=0)
for epoch in range(3):
    print(f"epoch {epoch}:", batches[3 * epoch : 3 * epoch + 3])
