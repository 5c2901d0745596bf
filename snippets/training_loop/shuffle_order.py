"""Which examples land in which batch, with and without shuffling."""

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


# Example i holds the number i
x = np.arange(10, dtype="float32").reshape(10, 1)
y = x[:, 0]
for shuffle in [False, True]:
    keras.utils.set_random_seed(0)
    model = keras.Sequential(
        [keras.Input(shape=(1,)), RecordExamples(), keras.layers.Dense(1)]
    )
    # run_eagerly=True: every step runs as plain Python on all three backends,
    # so call() sees real numbers (compiled, it would see placeholders once)
    model.compile(optimizer="sgd", loss="mse", run_eagerly=True)
    batches.clear()
    model.fit(x, y, batch_size=4, epochs=2, shuffle=shuffle, verbose=0)
    print(f"shuffle={shuffle}:")
    print("  epoch 0:", batches[:3])
    print("  epoch 1:", batches[3:])
