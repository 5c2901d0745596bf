# %% [markdown]
# # A recurrent network · 循环神经网络
#
# Many kinds of data come as sequences, where the order matters: sensor readings,
# prices, words. A **recurrent neural network** (RNN) reads a sequence one step at a
# time and carries a *state* from each step to the next, a running summary of what
# it has seen so far. After the last step, that state is what the rest of the model
# uses.
#
# This notebook generates a noisy sine wave and trains a small RNN to predict its
# next value from the previous ones. To know whether the network has learned
# anything, it is compared with the simplest possible forecast: tomorrow will be like
# today.

# %%
# %matplotlib inline
# %config InlineBackend.figure_formats = ["svg"]
import keras
import matplotlib.pyplot as plt
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)  # the generator this notebook draws from

# %% [markdown]
# ## The sequence
#
# 1,000 time steps of a sine wave that repeats every 40 steps, plus random noise
# with a standard deviation of 0.1, like a measurement from a slightly shaky sensor.
# The noise cannot be predicted, by any model: the best possible forecast is the
# clean sine, and even that is off by the noise.

# %%
steps, period, noise = 1000, 40, 0.1
t = np.arange(steps)
clean = np.sin(2 * np.pi * t / period)
series = (clean + rng.normal(0, noise, steps)).astype("float32")
print("series:", series.shape, " first values:", series[:4].round(3))

# %% [markdown]
# ## Windows: turning a sequence into examples
#
# A model needs examples with inputs and a target. Sliding a window of 20 steps
# along the series gives one example per position: the 20 values in the window are
# the input, and the value right after it is the target. Keras' recurrent layers take
# inputs of shape (examples, time steps, features per step); we have one feature per
# step, so the windows get a last axis of length 1.

# %%
window = 20
x = np.stack([series[i : i + window] for i in range(steps - window)])
x = x[..., np.newaxis]  # (examples, 20 time steps, 1 feature)
y = series[window:]  # the value right after each window
print("inputs:", x.shape, " targets:", y.shape)

# %% [markdown]
# For the test set we cannot pick windows at random, as we would for images:
# neighbouring windows share 19 of their 20 values, so a random split would test
# the model on almost exactly what it trained on. Instead, the model learns from
# the first 700 windows and is tested on the ones after them: it predicts a part of
# the series it has never seen, as a real forecast would.

# %%
split = 700
x_train, y_train = x[:split], y[:split]
x_test, y_test = x[split:], y[split:]
print("training:", x_train.shape, " test:", x_test.shape)

# %% [markdown]
# ## Two references
#
# The **naive forecast** repeats the last value of each window. It is a baseline: a
# model that does not beat it has learned nothing useful. The clean sine, which no
# model can know, shows the best score possible: what is left is the noise alone.
# Both are measured with the mean squared error (MSE), the average of the squared
# differences between forecast and truth.


# %%
def mse(forecast, truth):
    return float(np.mean((forecast - truth) ** 2))


naive = x_test[:, -1, 0]  # the last value of each test window
best_possible = clean[window:][split:]
print(f"naive forecast (repeat the last value): MSE {mse(naive, y_test):.4f}")
print(
    f"clean sine (the noise alone):           MSE {mse(best_possible, y_test):.4f}"
)

# %% [markdown]
# ## The recurrent network
#
# A `SimpleRNN` layer with 16 units reads each window one step at a time. At step
# $t$ it combines the new input $x_t$ with its previous state $h_{t-1}$:
#
# $$h_t = \tanh(W x_t + U h_{t-1} + b)$$
#
# The same weights $W$, $U$ and $b$ serve at every step, so the layer handles
# sequences of any length with a fixed number of parameters. The final state $h_{20}$
# goes to a `Dense` layer with one output and no activation: the forecast. The loss is
# the MSE, so training minimises exactly the score we compare.

# %%
model = keras.Sequential(
    [
        keras.Input(shape=(window, 1)),
        keras.layers.SimpleRNN(16),
        keras.layers.Dense(1),
    ]
)
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
history = model.fit(x_train, y_train, epochs=8, batch_size=32, verbose=0)
for epoch in (0, 1, 3, 7):
    print(
        f"epoch {epoch + 1}: training MSE {history.history['loss'][epoch]:.4f}"
    )

# %% [markdown]
# ## Compared on the test windows

# %%
forecast = model.predict(x_test, verbose=0)[:, 0]
print(f"naive forecast: MSE {mse(naive, y_test):.4f}")
print(f"SimpleRNN:      MSE {mse(forecast, y_test):.4f}")
print(f"clean sine:     MSE {mse(best_possible, y_test):.4f}")

# %% [markdown]
# The RNN's error is far below the naive forecast's and not far above the clean
# sine's, the best score possible. The naive forecast pays for the noise twice: the
# value it repeats is noisy, and so is the value it is compared with. It also lags
# one step behind the wave. The RNN has learned to do better on both counts: it
# averages the noise over the window, and it continues the shape of the wave
# instead of copying its last point. What it cannot remove is the noise in the
# targets themselves, which no model can predict.
#
# A stretch of the test period makes the difference visible: the dots are the noisy
# truth, the lines the two forecasts. The naive line copies every jolt of the noise,
# one step late; the RNN's line is smoother and stays closer to the wave.

# %% alt="The first 80 test steps of the noisy sine wave as dots, with the SimpleRNN forecast following them closely and the repeat-the-last-value forecast lagging one step behind"
shown = slice(0, 80)  # the first 80 test steps
steps_shown = t[window + split :][shown]
fig, ax = plt.subplots(figsize=(6, 2.6))
ax.plot(steps_shown, y_test[shown], ".", color="black", label="truth")
ax.plot(
    steps_shown,
    naive[shown],
    color="tab:grey",
    label="naive: repeat last value",
)
ax.plot(steps_shown, forecast[shown], color="tab:red", label="SimpleRNN")
ax.set_xlabel("time step")
ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
plt.show()

# %% [markdown]
# ## What to try next
#
# - Replace `SimpleRNN` by `LSTM`, a recurrent layer with gates that decide what to
#   keep in its state; it matters most when the useful information lies many steps
#   back.
# - Raise `noise` to 0.3: how do the naive forecast and the RNN compare now?
# - Make the window shorter than a quarter of the period and watch the RNN's score.
