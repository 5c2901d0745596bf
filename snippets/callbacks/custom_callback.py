"""A callback of your own: report every 5 epochs, stop at a target accuracy."""

import keras
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split


class StopAtAccuracy(keras.callbacks.Callback):
    def __init__(self, target):
        super().__init__()
        self.target = target

    def on_epoch_end(self, epoch, logs=None):
        # logs holds this epoch's numbers, the ones history records
        if epoch % 5 == 0:
            print(f"epoch {epoch + 1}: val_accuracy {logs['val_accuracy']:.4f}")
        if logs["val_accuracy"] >= self.target:
            print(f"epoch {epoch + 1}: reached {self.target}, stopping")
            self.model.stop_training = True  # fit ends after this epoch


digits = load_digits()
x = digits.data.astype("float32") / 16
x_train, x_val, y_train, y_val = train_test_split(
    x, digits.target, test_size=0.25, random_state=0
)
keras.utils.set_random_seed(0)
model = keras.Sequential(
    [
        keras.Input(shape=(64,)),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ]
)
model.compile(
    optimizer="adam",
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
history = model.fit(
    x_train,
    y_train,
    validation_data=(x_val, y_val),
    epochs=100,
    callbacks=[StopAtAccuracy(0.96)],
    verbose=0,
)
print("epochs run:", len(history.history["loss"]), "of 100")
