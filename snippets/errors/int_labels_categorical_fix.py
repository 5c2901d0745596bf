"""Class numbers go with the sparse loss; one-hot rows with the other."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.zeros((6, 4), dtype="float32")
y = np.array([0, 2, 1, 2, 0, 1])
model = keras.Sequential(
    [keras.Input(shape=(4,)), keras.layers.Dense(3, activation="softmax")]
)
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
loss = model.fit(x, y, verbose=0).history["loss"][0]
print(f"sparse loss, labels {y.shape}: {loss:.4f}")

one_hot = keras.utils.to_categorical(y, num_classes=3)
model.compile(optimizer="adam", loss="categorical_crossentropy")
loss = model.fit(x, one_hot, verbose=0).history["loss"][0]
print(f"categorical loss, labels {one_hot.shape}: {loss:.4f}")
