# %% [markdown]
# # Data normalization · 数据规范化
#
# A neural network starts from small random weights and learns by nudging them with
# gradient descent. That works best when every input feature is on a similar scale,
# roughly centred on zero with a spread of about one. Real tables rarely look like
# that: one column may hold areas in the hundreds and the next a ratio below 0.1.
#
# This notebook trains the same small model twice on the same data, once on the raw
# numbers and once on **standardized** ones, and compares how they learn. It then
# shows the one rule that keeps normalization honest (fit it on the training set only)
# and a way to put it inside the Keras model itself.

# %%
# %matplotlib inline
# %config InlineBackend.figure_formats = ["svg"]
import keras
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

keras.utils.set_random_seed(0)

# %% [markdown]
# ## Features on very different scales
#
# scikit-learn's breast cancer data set describes 569 tumours by 30 measurements of
# their cell nuclei (radius, area, smoothness, ...), each labelled malignant (0) or
# benign (1). A few of the columns are enough to see the problem:

# %%
data = load_breast_cancer()
x = data.data.astype("float32")
y = data.target
print("inputs:", x.shape, " labels:", y.shape)
for column in (3, 1, 9):
    values = x[:, column]
    print(
        f"{data.feature_names[column]:>22}: "
        f"mean {values.mean():9.4f}, standard deviation {values.std():9.4f}"
    )

# %% [markdown]
# Some columns vary by hundreds, others by less than a hundredth. With
# raw inputs, the weighted sum inside each neuron is dominated by the big columns, and
# the small ones hardly count; we will measure what that does to training.
#
# We keep 30 % of the tumours aside as a validation set to watch the learning curves.

# %%
x_train, x_val, y_train, y_val = train_test_split(
    x, y, test_size=0.3, random_state=0, stratify=y
)
print("training:", x_train.shape, " validation:", x_val.shape)

# %% [markdown]
# ## Standardization
#
# Standardizing a feature subtracts its mean $\mu$ and divides by its standard
# deviation $\sigma$:
#
# $$x' = \frac{x - \mu}{\sigma}$$
#
# Afterwards every column has mean 0 and standard deviation 1. scikit-learn's
# `StandardScaler` does it column by column. Note which data it learns $\mu$ and
# $\sigma$ from: `fit` sees the **training set only**, and the same numbers are then
# applied to the validation set with `transform`.

# %%
scaler = StandardScaler().fit(x_train)
x_train_std = scaler.transform(x_train)
x_val_std = scaler.transform(x_val)
print("training means:   ", x_train_std.mean(axis=0)[:3].round(3))
print("training stds:    ", x_train_std.std(axis=0)[:3].round(3))
print("validation means: ", x_val_std.mean(axis=0)[:3].round(3))

# %% [markdown]
# The training columns come out at mean 0 and standard deviation 1 (to the printed
# precision); the validation columns only close to it, because their own mean is not quite the
# training mean. That is expected and correct.
#
# Why not fit the scaler on all the data at once? Because then the validation rows
# would help decide $\mu$ and $\sigma$: information from the data used for judging the
# model would leak into its training (**data leakage**). However small the effect,
# the habit matters: a model in use meets new data one example at a time and
# must be scaled with numbers fixed in advance, the training set's. The same holds in
# cross-validation, where the scaler is fitted again inside every fold.
#
# ## The same model, raw and standardized
#
# Two identical networks (one hidden layer of 16 neurons, a sigmoid output for the two
# classes), with the same initial weights thanks to the seed, trained for the same
# number of epochs:


# %%
def make_model(*preprocessing):
    model = keras.Sequential(
        [
            keras.Input(shape=(30,)),
            *preprocessing,
            keras.layers.Dense(16, activation="relu"),
            keras.layers.Dense(1, activation="sigmoid"),
        ]
    )
    model.compile(
        optimizer=keras.optimizers.Adam(0.01),
        loss="binary_crossentropy",
        metrics=["accuracy"],
    )
    return model


def train(model, x_fit, x_check):
    history = model.fit(
        x_fit,
        y_train,
        epochs=15,
        batch_size=64,
        validation_data=(x_check, y_val),
        verbose=0,
    )
    return history.history


keras.utils.set_random_seed(0)
raw_model = make_model()
raw = train(raw_model, x_train, x_val)
keras.utils.set_random_seed(0)
standardized = train(make_model(), x_train_std, x_val_std)

runs = {"raw": raw, "standardized": standardized}
print("validation loss, epoch 1 to 15:")
for name, h in runs.items():
    print(f"{name:>12}:", " ".join(f"{v:.2f}" for v in h["val_loss"]))
for name, h in runs.items():
    print(f"{name:>12}: validation accuracy {h['val_accuracy'][-1]:.3f}")

# %% [markdown]
# ## Learning curves

# %% alt="Learning curves of the same model on raw and on standardized features: training and validation loss on a log scale, and validation accuracy per epoch"
epochs = range(1, 16)
fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3))
for (name, h), colour in zip(
    runs.items(), ("tab:red", "tab:blue"), strict=True
):
    left.plot(epochs, h["loss"], "--", color=colour, label=f"{name}, training")
    left.plot(epochs, h["val_loss"], color=colour, label=f"{name}, validation")
    right.plot(epochs, h["val_accuracy"], color=colour, label=name)
left.set_yscale("log")
left.set_xlabel("epoch")
left.set_ylabel("loss (log scale)")
left.legend(fontsize="small")
right.set_xlabel("epoch")
right.set_ylabel("validation accuracy")
right.legend(fontsize="small")
plt.show()

# %% [markdown]
# The two runs differ only in the scale of their inputs, and it shows from the first
# epoch. On raw inputs the first validation loss is enormous. The loss then falls, but
# unevenly, with the validation accuracy jumping up and down in the first epochs,
# and after 15 epochs it is still well above the standardized run's, with a lower
# validation accuracy. On standardized inputs the network starts from a
# sensible place: its validation loss falls smoothly within a few epochs and then
# levels off.
#
# ## What goes wrong on raw inputs
#
# The raw model does learn, as its falling loss shows, but slowly and erratically.
# Two things hold it back. The first is where it starts. Keras draws the initial
# weights (Glorot uniform) at a size that suits inputs of spread about one, so that the
# weighted sums inside the hidden layer come out at about that size too. Both runs
# started from the same weights; here is what those weights make of the two inputs:


# %%
keras.utils.set_random_seed(0)
start = make_model()  # the same initial weights as both runs above
kernel, bias = start.layers[0].get_weights()
for name, inputs in (("raw", x_train), ("standardized", x_train_std)):
    sums = inputs @ kernel + bias
    # Negative for every tumour: the ReLU outputs 0 and gets no gradient.
    silent = (sums < 0).all(axis=0).sum()
    print(
        f"{name:>12}: hidden sums spread {sums.std():6.2f},"
        f" largest {np.abs(sums).max():6.1f}, {silent} of 16 units silent"
    )
sure = start.predict(x_train, verbose=0) < 0.001
print(f"raw: {sure.mean():.0%} of tumours called malignant, p > 0.999")

# %% [markdown]
# On standardized inputs the hidden sums have the spread the initialisation intends. On
# raw inputs they are hundreds of times larger. Some ReLU units start negative for every
# tumour: they output 0, their weights get a zero gradient, so training never changes
# them, and those units are lost before the first step. And the output layer receives
# sums so far below zero that its sigmoid calls every tumour malignant with near
# certainty, which cross-entropy punishes heavily for the benign majority: hence the
# enormous losses of the first epochs.
#
# The second is the size of the steps. The runs use Adam, which does not give all
# weights one step size: it divides each weight's gradient by a running measure of its
# own size, so every weight moves by at most about the learning rate per step (0.01
# here), whether its gradient is large or small. But what a weight's change does to the
# network is that change times its input, and the inputs of a column vary by about its
# standard deviation. Comparing the raw run's first-layer weights before and after
# training:

# %%
steps = int(raw_model.optimizer.iterations)
moved = np.abs(raw_model.layers[0].get_weights()[0] - kernel).max(axis=1)
print(f"{steps} Adam steps")
for column in (3, 1, 9):
    name = data.feature_names[column]
    effect = moved[column] * x_train[:, column].std()
    print(
        f"{name:>22}: weights moved by up to {moved[column]:.3f},"
        f" times its spread: {effect:.4f}"
    )

# %% [markdown]
# The weights of the three columns moved by similar amounts, but the change reached the
# network through the area column tens of thousands of times more strongly than through
# the fractal dimension. For a feature whose values vary by less than a hundredth to
# matter, its weights would have to grow past a hundred, which at this pace takes far
# more steps than the run has; a learning rate large enough for that would throw the
# area weights about wildly. (With plain gradient descent it is worse still: there the
# step itself grows with the input's scale, so the effect grows with its square.)
# Standardizing costs one line, gives the initial weights the inputs they were chosen
# for, and makes one learning rate mean the same for every feature.
#
# ## Normalization inside the model
#
# A scaler kept next to the model is easy to forget when the model is saved and used
# elsewhere. Keras offers the same operation as a layer: `keras.layers.Normalization`
# computes each feature's mean and variance in `adapt`, stores them with the model's
# weights, and standardizes whatever passes through. As with the scaler, `adapt` is
# given the training set only.

# %%
normalizer = keras.layers.Normalization()
normalizer.adapt(x_train)
gap = np.abs(keras.ops.convert_to_numpy(normalizer.mean)[0] - scaler.mean_)
print(f"largest difference from the scaler's means: {gap.max():.4f}")

keras.utils.set_random_seed(0)
inside = train(make_model(normalizer), x_train, x_val)  # raw inputs
gap = np.abs(np.array(inside["val_loss"]) - standardized["val_loss"])
print(
    f"largest difference from the standardized run's validation losses: {gap.max():.4f}"
)
print(f"validation accuracy {inside['val_accuracy'][-1]:.3f}")

# %% [markdown]
# The layer learned the same means as the scaler (up to rounding in 32-bit floats), and
# since it sits before the first `Dense` layer, the model trained on raw inputs
# follows the standardized run to the printed precision and ends with the same
# validation accuracy.
# The difference is where the numbers live: the model now accepts raw measurements,
# and saving it saves the means and variances with it.
#
# ## In short
#
# - Features on very different scales make training slow and erratic, with Adam too:
#   the initial weights expect inputs of spread about one, and a step of a given size
#   does far more through a large-scale feature than through a small one.
#   Standardizing them, $(x - \mu) / \sigma$ per feature, fixes that cheaply.
# - Compute $\mu$ and $\sigma$ from the training set only and reuse them for
#   validation, test and new data; anything else leaks information from the data you
#   judge the model with.
# - `StandardScaler` does it outside the model, `keras.layers.Normalization` with
#   `adapt` inside it. Other scalings exist (for example to the range 0 to 1, as the
#   [first tutorial](first_network.ipynb) does by dividing pixels by 16), but the rule
#   about the training set applies to all of them.
