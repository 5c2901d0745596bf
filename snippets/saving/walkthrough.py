"""The whole workflow on one model: compile, fit, evaluate, predict."""

import keras
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

digits = load_digits()  # 1,797 images of 8 x 8 pixels, flattened to 64 numbers
x = digits.data.astype("float32") / 16  # pixel values 0..16 -> 0..1
x_train, x_test, y_train, y_test = train_test_split(
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
# How to learn, what to minimise, what else to report.
model.compile(
    optimizer="adam",
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
history = model.fit(x_train, y_train, epochs=10, verbose=0)
loss, accuracy = model.evaluate(x_test, y_test, verbose=0)
p = model.predict(x_test, verbose=0)  # one row of 10 probabilities per image

print("train:", x_train.shape, " test:", x_test.shape)
print("epochs in history:", len(history.history["loss"]))
print(f"evaluate on the test set: loss {loss:.4f}, accuracy {accuracy:.4f}")
print("predict:", p.shape, " first row sums to", f"{p[0].sum():.4f}")
print("first 8 predicted:", p[:8].argmax(axis=1))
print("first 8 labels:   ", y_test[:8])
# The same two numbers from the predictions, in NumPy
picked = p[np.arange(len(y_test)), y_test]  # probability of the right class
print(f"by hand: loss {-np.log(picked).mean():.4f},", end=" ")
print(f"accuracy {(p.argmax(axis=1) == y_test).mean():.4f}")
