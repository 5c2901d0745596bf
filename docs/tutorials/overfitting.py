# %% [markdown]
# # Underfitting and overfitting · 欠拟合与过拟合
#
# A model is trained on one set of examples but is meant to be used on others. Two
# things can go wrong. It can be too simple to capture the pattern, and then it does
# poorly even on its own training data: it **underfits**. Or it can be so flexible
# that it also learns the accidents of its training examples, their noise and
# coincidences, and then it does much better on them than on new data: it
# **overfits**.
#
# The tool for telling them apart is the pair of curves Keras records during `fit`:
# the loss on the training set and the loss on a validation set the model never trains
# on. This notebook draws those curves for models of different sizes and for different
# amounts of data, tries three remedies for overfitting (dropout, L2 regularization,
# early stopping) and ends with k-fold cross-validation, a more reliable way to
# measure a model when data is scarce.

# %%
# %matplotlib inline
# %config InlineBackend.figure_formats = ["svg"]
import keras
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import make_classification
from sklearn.model_selection import KFold

keras.utils.set_random_seed(0)

# %% [markdown]
# ## A small, noisy problem
#
# Overfitting shows up fastest when examples are few and labels are noisy, so we
# generate such a problem with scikit-learn's `make_classification`: 20 input features,
# two classes, each class made of several separate clumps of points (so a flat
# boundary cannot separate them well), and for 5 % of the examples the label replaced
# by a random one (`flip_y`), like mistakes in a hand-labelled data set. No model can
# predict those random labels; a model that "learns" them has memorised noise.
#
# 500 examples are kept for validation, and the model trains on 300 others.

# %%
x, y = make_classification(
    n_samples=2000,
    n_features=20,
    n_informative=8,
    n_redundant=0,
    n_clusters_per_class=4,
    class_sep=1.5,
    flip_y=0.05,
    random_state=0,
)
x = x.astype("float32")
x_val, y_val = x[:500], y[:500]  # held out for validation
x_train, y_train = x[500:800], y[500:800]  # the other 1200 are not needed
print("validation:", x_val.shape, " training:", x_train.shape)

# %% [markdown]
# Three small helpers keep the experiments short: `make_model` builds a network with
# one hidden layer of a given size (with no hidden layer at all when the size is 0,
# which makes it logistic regression), `train` fits it for 15 epochs while recording
# the validation loss, and `report` prints the last epoch and the epoch with the
# lowest validation loss. `make_model` resets the random seed, so every network starts
# from the same random numbers (the same initial weights, when the layers match, and
# the same shuffling of the examples): differences between runs come from the
# settings being compared, not from luck.


# %%
def make_model(units, dropout=0.0, l2=0.0):
    keras.utils.set_random_seed(0)  # every run starts from the same luck
    layers = [keras.Input(shape=(20,))]
    if units:
        regularizer = keras.regularizers.L2(l2) if l2 else None
        layers.append(
            keras.layers.Dense(
                units, activation="relu", kernel_regularizer=regularizer
            )
        )
    if dropout:
        layers.append(keras.layers.Dropout(dropout))
    layers.append(keras.layers.Dense(1, activation="sigmoid"))
    model = keras.Sequential(layers)
    model.compile(
        optimizer=keras.optimizers.Adam(0.01),
        loss="binary_crossentropy",
        metrics=["accuracy"],
    )
    return model


def train(model, x, y, callbacks=()):
    history = model.fit(
        x,
        y,
        epochs=15,
        batch_size=32,
        validation_data=(x_val, y_val),
        validation_batch_size=len(x_val),  # one step per evaluation
        callbacks=list(callbacks),
        verbose=0,
    )
    return history.history


def report(name, h):
    best = int(np.argmin(h["val_loss"]))
    print(
        f"{name}: training accuracy {h['accuracy'][-1]:.3f}, "
        f"validation accuracy {h['val_accuracy'][-1]:.3f}; "
        f"validation loss {h['val_loss'][-1]:.3f}, "
        f"lowest {h['val_loss'][best]:.3f} at epoch {best + 1}"
    )


def plot_curves(histories):
    fig, axes = plt.subplots(
        1, len(histories), figsize=(3 * len(histories), 2.6), sharey=True
    )
    for ax, (name, h) in zip(axes, histories.items(), strict=True):
        epochs = range(1, len(h["loss"]) + 1)
        ax.plot(epochs, h["loss"], label="training")
        ax.plot(epochs, h["val_loss"], label="validation")
        ax.set_title(name, fontsize=10)
        ax.set_xlabel("epoch")
    axes[0].set_ylabel("loss")
    axes[0].legend()
    plt.show()


# %% [markdown]
# ## Capacity
#
# A model's **capacity** is how complicated a pattern it can represent; for these
# networks, the number of neurons in the hidden layer. We train three capacities on the
# same 300 examples: none (logistic regression, whose boundary between the classes is
# a flat plane), 16 neurons and 64 neurons.

# %% alt="Training and validation loss per epoch for networks with 0, 16 and 64 hidden neurons"
capacity = {}
for units in (0, 16, 64):
    name = f"{units} hidden neurons"
    capacity[name] = train(make_model(units), x_train, y_train)
    report(name, capacity[name])
plot_curves(capacity)

# %% [markdown]
# Three different pictures:
#
# - **No hidden layer: underfitting.** The training and validation losses stay close
#   together and both stay high; training accuracy is the lowest of the three. A flat
#   boundary cannot follow classes made of several clumps, and the curves are already
#   flattening out: the model lacks capacity, not training time.
# - **16 neurons: closer to right.** Both losses fall; the validation loss reaches its
#   lowest point after about two thirds of the epochs and then creeps up a little,
#   while the training loss keeps falling. That widening gap is where overfitting
#   begins.
# - **64 neurons: overfitting.** The training loss heads towards zero and training
#   accuracy ends close to 1, far above the validation accuracy: the network has
#   learned its 300 examples, random labels included, much better than the pattern
#   behind them. The validation loss bottoms out within the first few epochs and then
#   climbs for the rest of training. Yet the validation *accuracy* is only a little
#   below the 16-neuron network's: the model keeps most of its answers but grows ever
#   more confident, including where it is wrong, and cross-entropy charges heavily for
#   confident mistakes. (On its way, at its best epoch, it reached a lower validation
#   loss than the 16-neuron network ever did; keeping that moment is the job of early
#   stopping, below.)
#
# The signature of overfitting is therefore a training loss that keeps falling while
# the validation loss rises. Underfitting shows as both losses high and close together.
#
# ## The amount of data
#
# The other side of overfitting is the training set. The same 16-neuron network
# trained on only 100 examples, next to its run on 300 from above:

# %% alt="Training and validation loss per epoch for the same network trained on 100 and on 300 examples"
data_size = {
    "100 examples": train(make_model(16), x_train[:100], y_train[:100]),
    "300 examples": capacity["16 hidden neurons"],
}
for name, h in data_size.items():
    report(name, h)
plot_curves(data_size)

# %% [markdown]
# With 100 examples the validation accuracy is far below the training accuracy, and
# the validation loss stays high. With three times as many examples the training
# accuracy is about the same, but the validation accuracy and the lowest validation
# loss are clearly better: the gap between training and validation narrows, because
# a pattern that holds across 300 examples is more likely to be the real one. More
# data is the most reliable cure for overfitting; the remedies below are what to do
# when there is no more.
#
# ## Three remedies
#
# We go back to the 64-neuron network on 300 examples, which overfits, and try three
# standard remedies.
#
# **Dropout** (`keras.layers.Dropout(0.5)`) sets each of the hidden layer's outputs to
# zero with probability 0.5 at each training step, a different random half every time
# (and scales up the rest to keep their sum similar). No neuron can rely on any
# particular other one being present, which makes memorising single examples
# harder. Dropout is only active during training; at prediction time all neurons are
# used.
#
# **L2 regularization** (`kernel_regularizer=keras.regularizers.L2(0.01)`) adds a
# penalty for large weights to the loss that training minimises:
#
# $$\text{loss} = \text{cross-entropy} + \lambda \sum_{j,k} W_{jk}^2, \qquad \lambda = 0.01$$
#
# The sum runs over the weights of the layer that carries the regularizer, and only
# those: here $W$ is the hidden layer's kernel, its 20 × 64 weights. Its biases and the
# output layer are not penalised, since `make_model` attaches no regularizer to them; a
# penalty for another layer's weights takes a `kernel_regularizer` on that layer too.
# Large weights are what let a network draw sharp, wiggly boundaries around
# individual points; the penalty keeps them small, and the function smoother.

# %% alt="Training and validation loss per epoch for the 64-neuron network with no remedy, with dropout and with L2 regularization"
remedies = {"no remedy": capacity["64 hidden neurons"]}
remedies["dropout 0.5"] = train(make_model(64, dropout=0.5), x_train, y_train)
remedies["L2 0.01"] = train(make_model(64, l2=0.01), x_train, y_train)
for name, h in remedies.items():
    report(name, h)
plot_curves(remedies)

# %% [markdown]
# Both remedies keep training accuracy further from 1 (the network memorises less)
# and end with a lower validation loss and a higher validation accuracy than the
# unregularized network. With dropout the validation loss still turns upward after a
# few epochs, but climbs much more slowly, and the training curve is jagged because
# every step trains a different random half of the network. With L2 the validation
# loss levels off instead of climbing; the training loss includes the penalty, which
# is one reason that curve stays higher. The rate 0.5 and
# $\lambda = 0.01$ are settings to tune, like the number of neurons: too little does
# nothing, too much makes the model underfit.
#
# **Early stopping** takes the curves at their word: it watches the validation loss
# and stops training when it has not improved for `patience` epochs. With
# `restore_best_weights=True` the model is then set back to its weights from the best
# epoch, rather than left with those of the last one.

# %%
early_stopping = keras.callbacks.EarlyStopping(
    monitor="val_loss", patience=3, restore_best_weights=True
)
model = make_model(64)
h = train(model, x_train, y_train, callbacks=[early_stopping])
print(
    "epochs run:", len(h["loss"]), " best epoch:", early_stopping.best_epoch + 1
)
loss, accuracy = model.evaluate(x_val, y_val, verbose=0)
print(f"restored model: validation loss {loss:.3f}, accuracy {accuracy:.3f}")

# %% [markdown]
# Training stopped a few epochs after the best one, as `patience` says. Because
# `make_model` reset the seed, this run repeats the 64-neuron run above epoch for
# epoch until it stops, and the restored model has exactly the lowest validation loss
# reported there, with a better validation accuracy than that run reached after all 15
# epochs. Early stopping needs no change to the model and saves the
# epochs that would only have made it worse, which is why it is used almost
# everywhere. Its one cost: the validation set now chooses when to stop, so the final
# judgement of the model belongs to a separate test set.
#
# ## k-fold cross-validation
#
# Every number so far rests on one particular validation set. With few examples, which
# ones happen to land in the validation set changes the score noticeably. **k-fold
# cross-validation** evens out that luck: split the data into $k$ parts (folds), train a
# fresh model $k$ times, each time holding out a different fold for evaluation and
# training on the other $k-1$, and report the mean and the spread of the $k$ scores.
# Every example is used for evaluation exactly once.
#
# scikit-learn's `KFold` produces the index arrays; Keras does the training. Here with
# $k = 3$ on our 300 training examples and 8 epochs per fold, for the two networks
# compared at the start, 16 and 64 hidden neurons, both on the same folds:

# %%
folds = KFold(n_splits=3, shuffle=True, random_state=0)
scores = {16: [], 64: []}
for fold, (fit_rows, eval_rows) in enumerate(folds.split(x_train), start=1):
    x_fit, y_fit = x_train[fit_rows], y_train[fit_rows]
    x_eval, y_eval = x_train[eval_rows], y_train[eval_rows]
    for units in scores:
        model = make_model(units)  # a fresh model for every fold
        model.fit(x_fit, y_fit, epochs=8, batch_size=32, verbose=0)
        _, accuracy = model.evaluate(x_eval, y_eval, verbose=0)
        scores[units].append(accuracy)
    print(
        f"fold {fold}: trained on {len(fit_rows)}, accuracy with 16 neurons"
        f" {scores[16][-1]:.3f}, with 64 neurons {scores[64][-1]:.3f}"
    )
for units, accuracies in scores.items():
    print(
        f"{units} neurons: accuracy {np.mean(accuracies):.3f}"
        f" ± {np.std(accuracies):.3f} (mean ± std over the folds)"
    )

# %% [markdown]
# The same network, the same amount of data, and its scores differ from fold to fold
# by several points: a single split could have reported any of them. The mean over the
# folds is a steadier estimate of how a model does on new data.
#
# Does this show that 16 neurons beat 64? The means differ by 0.020, less than the
# 16-neuron network's spread across the folds, so comparing the two mean ± std lines
# would call the difference noise. But that spread is mostly not noise in the
# comparison: it is how hard each fold happens to be, and a fold that is hard for one
# network is hard for the other (both score highest on fold 1 and lowest on fold 2).
# Since both networks were evaluated on the very same folds, compare them fold by
# fold, where the fold's difficulty cancels out:

# %%
differences = np.subtract(scores[16], scores[64])
print(
    "16 minus 64 neurons, fold by fold:",
    " ".join(f"{d:+.3f}" for d in differences),
)
print(f"mean {differences.mean():+.3f} ± {differences.std():.3f} (std)")

# %% [markdown]
# The 16-neuron network is ahead in two folds and level in the third, and its advantage
# varies by 0.016 around its mean of 0.020. That is how to read cross-validation when
# choosing between models: train both on the same folds (`KFold` with a fixed
# `random_state` makes them the same) and look at how the *differences* vary, not the
# scores. Here it is still thin evidence, two wins and a tie on folds of 100
# examples, so take it as a hint; more folds, or cross-validation repeated with other
# splits, would firm it up.
#
# The price is $k$ trainings instead of one, which is why k-fold cross-validation is
# used mostly with small data sets and small models, where it matters most and costs
# least. The model must be built afresh inside the loop: a model that carried its
# weights over from one fold to the next would already have trained on the fold it is
# evaluated on.
#
# ## In short
#
# - Underfitting: training and validation losses both high and close. Give the model
#   more capacity (or train it longer).
# - Overfitting: training loss falling while the validation loss rises. Get more
#   data, make the model smaller, or regularize it with dropout or L2; in any case stop
#   at the best epoch with `EarlyStopping(restore_best_weights=True)`.
# - When data is scarce, measure a model by k-fold cross-validation rather than by a
#   single validation split, and compare two models fold by fold, on the same folds.
