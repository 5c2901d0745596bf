"""What history.history holds, compared with evaluate after training."""

import keras
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

digits = load_digits()
x = digits.data.astype("float32") / 16
x_train, x_val, y_train, y_val = train_test_split(
    x, digits.target, test_size=0.25, random_state=0
)


class BatchLogs(keras.callbacks.Callback):
    """Keep the loss that fit reports after each batch of the last epoch."""

    def on_epoch_begin(self, epoch, logs=None):
        self.losses = []

    def on_train_batch_end(self, batch, logs=None):
        self.losses.append(logs["loss"])


keras.utils.set_random_seed(0)
model = keras.Sequential(
    [
        keras.Input(shape=(64,)),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dropout(0.5),  # active in fit, switched off in evaluate
        keras.layers.Dense(10, activation="softmax"),
    ]
)
model.compile(
    optimizer="adam",
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
batches = BatchLogs()
history = model.fit(
    x_train,
    y_train,
    epochs=10,
    validation_data=(x_val, y_val),
    callbacks=[batches],
    verbose=0,
)
h = history.history
print("keys:", sorted(h))
print("loss per epoch:", np.round(h["loss"], 3))

steps = batches.losses
print(f"last epoch, after batch 1, 2, 3: {steps[0]:.4f} {steps[1]:.4f}", end="")
print(f" {steps[2]:.4f} ... after batch {len(steps)}: {steps[-1]:.4f}")

# The training set again, with the final weights
p = keras.ops.convert_to_numpy(model(x_train, training=True))
dropout_on = -np.log(p[np.arange(len(y_train)), y_train]).mean()
train_loss, train_acc = model.evaluate(x_train, y_train, verbose=0)
val_loss, val_acc = model.evaluate(x_val, y_val, verbose=0)
print("training set, last epoch:")
print(f"  history (running mean, dropout on): {h['loss'][-1]:.4f}")
print(f"  final weights, dropout on:          {dropout_on:.4f}")
print(f"  evaluate (final weights, no dropout): {train_loss:.4f}")
print("validation set, last epoch:")
print(f"  history val_loss: {h['val_loss'][-1]:.4f}")
print(f"  evaluate:         {val_loss:.4f}")
print(f"accuracy: history {h['accuracy'][-1]:.4f}, evaluate {train_acc:.4f}")
