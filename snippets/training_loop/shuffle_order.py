"""Which examples land in which batch, with and without shuffling."""

import keras
import numpy as np

# Keras also calls the layer while it builds the model, with a real batch on JAX
# and PyTorch, so this way of watching batches works on TensorFlow only.
BACKENDS = ("tensorflow",)

batches = []


class RecordExamples(keras.layers.Layer):
    def call(self, inputs):
        if inputs.shape[0] is not None:  # None while the model is being built
            batches.append(np.asarray(inputs)[:, 0].astype(int).tolist())
        return inputs


# Example i holds the number i
x = np.arange(10, dtype="float32").reshape(10, 1)
y = x[:, 0]
for shuffle in [False, True]:
    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [keras.Input(shape=(1,)), RecordExamples(), keras.layers.Dense(1)]
    )
    model.compile(optimizer="sgd", loss="mse", run_eagerly=True)
    batches.clear()
    model.fit(x, y, batch_size=4, epochs=2, shuffle=shuffle, verbose=0)
    print(f"shuffle={shuffle}:")
    print("  epoch 0:", batches[:3])
    print("  epoch 1:", batches[3:])
