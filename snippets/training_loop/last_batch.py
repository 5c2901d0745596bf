"""See the size of every batch: the last one of an epoch is smaller."""

import keras
import numpy as np

# Keras also calls the layer while it builds the model, with a real batch on JAX
# and PyTorch, so this way of watching batches works on TensorFlow only.
BACKENDS = ("tensorflow",)

sizes = []


class RecordBatchSize(keras.layers.Layer):
    def call(self, inputs):
        if inputs.shape[0] is not None:  # None while the model is being built
            sizes.append(inputs.shape[0])
        return inputs


keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(size=(100, 3))
y = x.sum(axis=1)
model = keras.Sequential(
    [keras.Input(shape=(3,)), RecordBatchSize(), keras.layers.Dense(1)]
)
# run_eagerly: call() runs in Python for every batch, so it sees real sizes
model.compile(optimizer="sgd", loss="mse", run_eagerly=True)
model.fit(x, y, batch_size=32, epochs=1, verbose=0)
print("batch sizes:", sizes)
print("examples seen:", sum(sizes))
