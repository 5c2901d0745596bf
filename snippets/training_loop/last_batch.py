"""See the size of every batch: the last one of an epoch is smaller."""

import keras
import numpy as np

sizes = []


class RecordBatchSize(keras.layers.Layer):
    def call(self, inputs, training=False):
        # Keras also calls the layer with training=False on a stand-in batch to
        # build the model; only training steps hold real examples.
        if training:
            sizes.append(inputs.shape[0])
        return inputs


keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(size=(100, 3))
y = x.sum(axis=1)
model = keras.Sequential(
    [keras.Input(shape=(3,)), RecordBatchSize(), keras.layers.Dense(1)]
)
# run_eagerly=True: every step runs as plain Python on all three backends,
# so call() sees real numbers (compiled, it would see placeholders once)
model.compile(optimizer="sgd", loss="mse", run_eagerly=True)
model.fit(x, y, batch_size=32, epochs=1, verbose=0)
print("batch sizes:", sizes)
print("examples seen:", sum(sizes))
