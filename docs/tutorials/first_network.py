# %% [markdown]
# # Your first neural network · 第一个神经网络
#
# This notebook trains a small Keras model to read handwritten digits. The digits come
# with scikit-learn, so nothing is downloaded: 1,797 images of 8 × 8 grey pixels, each
# labelled with the digit it shows.
#
# The steps are the ones every Keras project follows: load the data, split it, build a
# model, compile it, fit it, choose the best version on the validation set, and measure
# that version once on data it has never seen. At the end, a confusion matrix shows
# which digits the model mixes up.

# %%
# %matplotlib inline
# %config InlineBackend.figure_formats = ["svg"]
import keras
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.metrics import confusion_matrix
from sklearn.model_selection import train_test_split

keras.utils.set_random_seed(0)  # same initial weights and shuffles on every run

# %% [markdown]
# The two lines starting with `%` are instructions to Jupyter, not Python: show
# figures inside the notebook, and draw them as SVG so they stay sharp.
#
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
# ## Three sets: training, validation, test
#
# The data is split three ways, and each part has one job:
#
# - the **training set** is what the model learns from;
# - the **validation set** is what *we* learn from: we compare candidate models on it
#   and keep the best one;
# - the **test set** is locked away until the very end and used once, to estimate how
#   the chosen model does on new images.
#
# Why not choose on the test set? Every choice made by looking at a set of data fits
# the model a little to that set. After many such choices its score is too optimistic.
# Keeping the test set out of all decisions keeps its score honest.
#
# `train_test_split` splits in two, so it is called twice: first 20 % of the images
# become the test set, then a quarter of the rest becomes the validation set.
# `stratify` keeps the ten digits in the same proportions in every part.

# %%
x_rest, x_test, y_rest, y_test = train_test_split(
    x, y, test_size=0.2, random_state=0, stratify=y
)
x_train, x_val, y_train, y_val = train_test_split(
    x_rest, y_rest, test_size=0.25, random_state=0, stratify=y_rest
)
print("training:  ", x_train.shape)
print("validation:", x_val.shape)
print("test:      ", x_test.shape)

# %% [markdown]
# ## The model
#
# A `Sequential` model is a stack of layers, each feeding the next. Here: 64 inputs,
# one hidden `Dense` layer with the ReLU activation, and an output layer of 10 neurons
# whose softmax turns scores into one probability per digit:
#
# $$\hat{y} = \operatorname{softmax}(W_2 \, \operatorname{relu}(W_1 x + b_1) + b_2)$$
#
# How many neurons should the hidden layer have? Nothing in the data says, so this is
# a choice, a *hyperparameter*, and the validation set will settle it. The function
# below builds and compiles a model for a given width. `compile` chooses how to learn:
# the loss to minimise (cross-entropy, for integer labels), the optimizer that updates
# the weights, and a metric to report. The optimizer is Adam with a learning rate of
# 0.01, ten times its default, so that a few epochs are enough on this small data set.


# %%
def make_mlp(hidden):
    model = keras.Sequential(
        [
            keras.Input(shape=(64,)),
            keras.layers.Dense(hidden, activation="relu"),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.01),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


make_mlp(32).summary()

# %% [markdown]
# The summary lists each layer's output shape and number of weights. `None` in a shape
# stands for the batch size, which is not fixed until data arrives.
#
# ## Training
#
# `fit` goes over the training set `epochs` times in mini-batches of 64 images,
# adjusting the weights after each mini-batch. `verbose=0` keeps the progress bar out
# of this page; the returned history keeps the numbers.
#
# Two candidates are trained the same way: a narrow hidden layer of 8 neurons and a
# wider one of 32. Neither sees the validation or test images.

# %%
candidates = {}
for hidden in (8, 32):
    model = make_mlp(hidden)
    history = model.fit(x_train, y_train, epochs=10, batch_size=64, verbose=0)
    candidates[hidden] = model
    print(f"{hidden} hidden neurons, training accuracy after epoch")
    for epoch in (0, 2, 4, 9):
        accuracy = history.history["accuracy"][epoch]
        print(f"  {epoch + 1:2d}: {accuracy:.3f}")

# %% [markdown]
# The accuracy is the fraction of images whose most probable digit is the right one.
# Both models improve epoch after epoch. But a high score on the images a model
# learned from proves little; the question is which model does better on images it
# has not learned from. That is the validation set's job: `evaluate` returns the loss
# and the accuracy on it, and we keep the width with the higher validation accuracy.

# %%
scores = {
    h: m.evaluate(x_val, y_val, verbose=0)[1] for h, m in candidates.items()
}
best = max(scores, key=scores.get)
model = candidates[best]
print("validation accuracy:", {h: round(s, 3) for h, s in scores.items()})
print("chosen:", best, "hidden neurons")

# %% [markdown]
# ## On the test set, once
#
# The choice is made, so the test set can finally be used. Its accuracy is our
# estimate of how the chosen model will do on digits it has never seen.

# %%
loss, accuracy = model.evaluate(x_test, y_test, verbose=0)
print(f"test loss {loss:.3f}, test accuracy {accuracy:.3f}")

probabilities = model.predict(x_test, verbose=0)
predicted = probabilities.argmax(
    axis=1
)  # the most probable digit of each image
print("predicted:", predicted[:10])
print("actual:   ", y_test[:10])

# %% [markdown]
# ## Which digits get confused?
#
# One accuracy number hides *which* mistakes the model makes. A **confusion matrix**
# counts them: row $i$, column $j$ holds the number of test images of digit $i$ that
# the model read as digit $j$. Correct answers fall on the diagonal; every number off
# the diagonal is a mistake.

# %%
matrix = confusion_matrix(y_test, predicted)
print(matrix)

# %% [markdown]
# The same matrix as a picture. Only the mistakes are coloured, the darker the more
# often they happen; the correct answers on the diagonal are written in grey, and the
# zeros are left out so that the mistakes stand out:

# %% alt="The confusion matrix without its diagonal, as a heat map of true digit against predicted digit: darker cells are more frequent mistakes"
mistakes = matrix - np.diag(np.diag(matrix))
fig, ax = plt.subplots(figsize=(4, 4))
ax.imshow(mistakes, cmap="Reds")
for (row, col), count in np.ndenumerate(matrix):
    if count == 0:
        continue
    if row == col:
        color = "grey"
    else:  # white on the darkest cells, black elsewhere
        color = "white" if count > mistakes.max() / 2 else "black"
    ax.text(col, row, count, ha="center", va="center", fontsize=8, color=color)
ax.set_xticks(range(10))
ax.set_yticks(range(10))
ax.set_xlabel("predicted digit")
ax.set_ylabel("true digit")
ax.grid(False)
plt.show()

# %% [markdown]
# To read the biggest mistakes off the matrix, sort the off-diagonal cells:

# %%
cells = [(mistakes[t, p], t, p) for t in range(10) for p in range(10)]
print("true  predicted  count")
for count, true, guess in sorted(cells, reverse=True)[:4]:
    print(f"{true:>4}  {guess:>9}  {count:>5}")
print("all mistakes:", mistakes.sum(), "of", matrix.sum(), "test images")

# %% [markdown]
# Numbers only say so much; here are the first misread test images themselves, each
# titled with its true digit and the model's answer:

# %% alt="Six test images the network misread, each titled with its true digit and the predicted digit"
wrong = np.flatnonzero(predicted != y_test)[:6]
fig, axes = plt.subplots(1, len(wrong), figsize=(1.2 * len(wrong), 1.6))
for ax, i in zip(axes, wrong, strict=True):
    ax.imshow(x_test[i].reshape(8, 8), cmap="gray_r")
    ax.set_title(f"{y_test[i]} → {predicted[i]}", fontsize=9)
    ax.axis("off")
plt.show()

# %% [markdown]
# Read together, the list, the matrix and the pictures tell a story:
#
# - The most frequent mistake in this run, at the top of the list, is an 8 read as
#   a 1. More generally, the column of the predicted digit 1 holds more mistakes than
#   any other column: when the model is unsure, it tends to answer 1. A thin 8 whose
#   loops are squeezed shut is not much more than a vertical stroke, as the first
#   picture shows.
# - The other mistakes are single images, mostly between digits that share strokes,
#   such as a 4 with a closed top, which looks like a 9.
# - Every digit is right far more often than it is wrong: the diagonal dominates.
#
# Keep the scale in mind: with a few hundred test images, a cell holding one image
# more or less is chance, not a pattern. A confusion matrix tells you where to look
# (here: the 8s and the answer 1), and what more data or a better model should fix.
#
# ## What to try next
#
# - Change the candidates (more widths, a second hidden layer) and let the validation
#   set choose again; look at the test set only at the end.
# - Make the split with another `random_state`: the scores move a little, a reminder
#   that a few hundred test images give an estimate, not an exact truth.
