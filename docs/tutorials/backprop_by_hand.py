# %% [markdown]
# # Backpropagation by hand · 手算反向传播
#
# When you call `fit`, Keras computes the gradient of the loss with respect to every
# weight, and the optimizer nudges each weight against its gradient. The gradients
# come from **backpropagation**: the chain rule of calculus, applied layer by layer
# from the loss back to the inputs.
#
# This notebook does all of that by hand for a network small enough to follow, with
# nothing but NumPy:
#
# 1. the forward pass of a two-layer network,
# 2. its gradients, derived with the chain rule,
# 3. a check of those gradients against TensorFlow's automatic differentiation,
# 4. a few steps of gradient descent, written out as a loop.

# %%
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)  # seeds Python, NumPy and TensorFlow at once
rng = np.random.default_rng(0)  # the generator this notebook draws from

# %% [markdown]
# ## A small regression problem
#
# The data is generated: 64 points with two features each, drawn uniformly between
# −1 and 1, and a target that depends on them in a curved way,
# $y = \sin(2x_1) + x_2^2$. A straight line cannot fit it, so the network needs its
# hidden layer. The rows of `X` are the examples, as in Keras; `y` is kept as a
# column, one row per example.

# %%
n = 64
X = rng.uniform(-1, 1, size=(n, 2))
y = (np.sin(2 * X[:, 0]) + X[:, 1] ** 2).reshape(n, 1)
print("X:", X.shape, " y:", y.shape)

# %% [markdown]
# ## The forward pass
#
# The network has a hidden layer of 4 neurons with the tanh activation and one
# output neuron without an activation, the usual choice for regression. For the
# whole batch at once, with one row per example:
#
# $$Z = X W_1 + b_1, \qquad H = \tanh(Z), \qquad \hat{y} = H W_2 + b_2$$
#
# and the loss is the mean squared error over the $n$ examples:
#
# $$L = \frac{1}{n} \sum_{i=1}^{n} (\hat{y}_i - y_i)^2$$
#
# $W_1$ has shape (2, 4): one column of weights per hidden neuron. $W_2$ has shape
# (4, 1). The weights start small and random, the biases at zero, as in a Keras
# `Dense` layer. The function returns the intermediate results too, because the
# backward pass needs them.

# %%
W1 = rng.normal(0, 0.5, size=(2, 4))
b1 = np.zeros(4)
W2 = rng.normal(0, 0.5, size=(4, 1))
b2 = np.zeros(1)


def forward(W1, b1, W2, b2):
    Z = X @ W1 + b1  # (64, 4): each hidden neuron's weighted sum
    H = np.tanh(Z)  # (64, 4): the hidden layer's output
    y_hat = H @ W2 + b2  # (64, 1): the network's predictions
    loss = np.mean((y_hat - y) ** 2)
    return Z, H, y_hat, loss


Z, H, y_hat, loss = forward(W1, b1, W2, b2)
print("hidden output:", H.shape, " predictions:", y_hat.shape)
print(f"loss with the random initial weights: {loss:.4f}")

# %% [markdown]
# ## The backward pass
#
# The loss depends on $W_1$ only through a chain of steps: $W_1 \to Z \to H \to \hat y
# \to L$. The chain rule says that the derivative along a chain is the product of
# the derivatives of its links. Backpropagation computes these products from the end
# of the chain to its start, so that each intermediate result is reused rather than
# recomputed. Write $\delta_A$ for $\partial L / \partial A$, the gradient of the loss
# with respect to $A$; it always has the same shape as $A$.
#
# **The output.** Differentiating the mean of squares:
#
# $$\delta_{\hat y} = \frac{2}{n} (\hat y - y)$$
#
# **The output layer.** $\hat y = H W_2 + b_2$ is linear, so each weight's gradient
# is the input it multiplies times the gradient arriving from above, summed over the
# examples; a bias multiplies the constant 1:
#
# $$\delta_{W_2} = H^\top \delta_{\hat y}, \qquad
#   \delta_{b_2} = \sum_{i} (\delta_{\hat y})_i$$
#
# **Back into the hidden layer.** The same product rule, now with respect to $H$,
# sends the gradient one layer down:
#
# $$\delta_H = \delta_{\hat y} W_2^\top$$
#
# **Through the activation.** tanh is applied to each number separately, and its
# derivative is $\tanh'(z) = 1 - \tanh^2(z)$, so the gradient is multiplied element
# by element ($\odot$) by $1 - H^2$, which the forward pass already computed:
#
# $$\delta_Z = \delta_H \odot (1 - H^2)$$
#
# **The hidden layer's weights**, exactly like the output layer's, with $X$ as the
# input:
#
# $$\delta_{W_1} = X^\top \delta_Z, \qquad \delta_{b_1} = \sum_{i} (\delta_Z)_i$$
#
# Each line of the function below is one of these formulas.


# %%
def gradients(W1, b1, W2, b2):
    Z, H, y_hat, loss = forward(W1, b1, W2, b2)
    d_y_hat = 2 * (y_hat - y) / n  # (64, 1)
    d_W2 = H.T @ d_y_hat  # (4, 64) @ (64, 1) -> (4, 1)
    d_b2 = d_y_hat.sum(axis=0)  # (1,)
    d_H = d_y_hat @ W2.T  # (64, 1) @ (1, 4) -> (64, 4)
    d_Z = d_H * (1 - H**2)  # element by element
    d_W1 = X.T @ d_Z  # (2, 64) @ (64, 4) -> (2, 4)
    d_b1 = d_Z.sum(axis=0)  # (4,)
    return loss, [d_W1, d_b1, d_W2, d_b2]


loss, by_hand = gradients(W1, b1, W2, b2)
for name, grad in zip(["W1", "b1", "W2", "b2"], by_hand, strict=True):
    print(f"gradient of the loss with respect to {name}: shape {grad.shape}")

# %% [markdown]
# Every gradient has the shape of its parameter, as it must: the optimizer subtracts
# one from the other.
#
# ## Checking against TensorFlow
#
# A derivation by hand is easy to get wrong, so we compare it with TensorFlow's
# automatic differentiation. Inside a `tf.GradientTape` block, TensorFlow records
# every operation on the variables; `tape.gradient` then runs the chain rule over
# that record, the same backward pass done by a machine. The code repeats the
# forward pass with TensorFlow operations, starting from the same weights, in
# float64 like NumPy, so that both work with the same precision.

# %%
variables = [tf.Variable(p) for p in (W1, b1, W2, b2)]
with tf.GradientTape() as tape:
    v_W1, v_b1, v_W2, v_b2 = variables
    H_tf = tf.tanh(X @ v_W1 + v_b1)
    loss_tf = tf.reduce_mean((H_tf @ v_W2 + v_b2 - y) ** 2)
by_tape = tape.gradient(loss_tf, variables)

print(f"loss: NumPy {loss:.6f}, TensorFlow {loss_tf.numpy():.6f}")
for name, mine, theirs in zip(
    ["W1", "b1", "W2", "b2"], by_hand, by_tape, strict=True
):
    difference = np.max(np.abs(mine - theirs.numpy()))
    print(f"{name}: largest absolute difference {difference:.1e}")

# %% [markdown]
# The largest differences are at most about $2 \times 10^{-16}$ (printed as `e-16`
# or `e-17`), and the one for $b_2$ is exactly zero: that is the size of rounding
# errors in float64 arithmetic, which keeps about 16 significant digits.
# The two computations agree; the formulas above are the gradients TensorFlow
# computes. A wrong formula (forget the factor $1 - H^2$, say) would give
# differences of the size of the gradients themselves.
#
# ## Gradient descent, by hand
#
# With the gradients in hand, learning is a short loop. The gradient points in the
# direction in which the loss grows fastest, so each step moves every parameter a
# little the other way:
#
# $$\theta \leftarrow \theta - \eta \, \delta_\theta$$
#
# where $\theta$ is any of $W_1, b_1, W_2, b_2$ and $\eta$, the learning rate, sets
# the step size (here 0.3). Every step uses all 64 examples, so this is batch
# gradient descent; Keras' `fit` does the same with mini-batches and an optimizer
# such as SGD or Adam.

# %%
params = [W1, b1, W2, b2]
learning_rate = 0.3
losses = []
for _ in range(201):
    loss, grads = gradients(*params)
    losses.append(loss)
    params = [p - learning_rate * g for p, g in zip(params, grads, strict=True)]

for step in (0, 1, 2, 3, 5, 10, 20, 50, 100, 200):
    print(f"step {step:3d}: loss {losses[step]:.4f}")
rises = int(np.sum(np.diff(losses) > 0))
print("steps after which the loss went up:", rises)

# %% [markdown]
# The loss falls at every step. It falls fast at first, when the predictions are far
# off and the gradients large, then slowly while the network sits on a plateau, and
# then faster again as the hidden neurons find a better division of the work. This
# uneven progress is normal: the loss surface of even a tiny network is not a simple
# bowl.
#
# ## What to try next
#
# - Set `learning_rate` to 1.0 and run the loop again: the steps overshoot, and the
#   loss grows instead of falling until NumPy warns about an overflow.
# - Replace tanh by the sigmoid $\sigma(z) = 1 / (1 + e^{-z})$, whose derivative is
#   $\sigma(z)(1 - \sigma(z))$; change the line for `d_Z` accordingly and check it
#   against the tape again.
