# %% [markdown]
# # Your first neural network
#
# This notebook trains a small Keras model to read handwritten digits. The digits come
# with scikit-learn, so nothing is downloaded: 1,797 images of 8 × 8 grey pixels, each
# labelled with the digit it shows.
#
# The steps are the ones every Keras project follows: load the data, split it, build a
# model, compile it, fit it, and measure it on data it has never seen.

# %%
import keras
import numpy as np
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

keras.utils.set_random_seed(0)  # same initial weights and shuffles on every run

# %% [markdown]
# ## The data
#
# `load_digits` returns each image already flattened into a row of 64 numbers from 0
# to 16. Dividing by 16 brings them into the range 0 to 1, which suits the initial
# weights Keras picks.

# %%
digits = load_digits()
x = digits.data.astype("float32") / 16.0
y = digits.target
print("inputs:", x.shape, " labels:", y.shape, " classes:", np.unique(y))

# %% [markdown]
# A model has to be judged on images it did not learn from, so a quarter of the images
# are set aside as the **test set**. `stratify=y` keeps the ten digits in the same
# proportions on both sides.

# %%
x_train, x_test, y_train, y_test = train_test_split(
    x, y, test_size=0.25, random_state=0, stratify=y
)
print("training:", x_train.shape, " test:", x_test.shape)

# %% [markdown]
# ## The model
#
# A `Sequential` model is a stack of layers, each feeding the next. Here: 64 inputs,
# one hidden `Dense` layer of 32 neurons with the ReLU activation, and an output layer
# of 10 neurons whose softmax turns scores into one probability per digit:
#
# $$\hat{y} = \operatorname{softmax}(W_2 \, \operatorname{relu}(W_1 x + b_1) + b_2)$$

# %%
model = keras.Sequential(
    [
        keras.Input(shape=(64,)),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ]
)
model.summary()

# %% [markdown]
# ## Training
#
# `compile` chooses how to learn: the loss to minimise (cross-entropy, for integer
# labels), the optimizer that updates the weights, and a metric to report. `fit` then
# goes over the training set `epochs` times in mini-batches of 32 images. `verbose=0`
# keeps the progress bar out of this page; the history keeps the numbers.

# %%
model.compile(
    optimizer="adam",
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
history = model.fit(
    x_train, y_train, epochs=20, batch_size=32, validation_split=0.2, verbose=0
)
for epoch in (0, 4, 9, 19):
    acc = history.history["accuracy"][epoch]
    val = history.history["val_accuracy"][epoch]
    print(
        f"epoch {epoch + 1:2d}: training accuracy {acc:.3f}, validation accuracy {val:.3f}"
    )

# %% [markdown]
# ## On the test set
#
# Only now does the model see the test images.

# %%
loss, accuracy = model.evaluate(x_test, y_test, verbose=0)
print(f"test loss {loss:.3f}, test accuracy {accuracy:.3f}")

predicted = model.predict(x_test[:10], verbose=0).argmax(axis=1)
print("predicted:", predicted)
print("actual:   ", y_test[:10])
