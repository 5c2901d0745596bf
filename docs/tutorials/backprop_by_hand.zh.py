# %% [markdown] source_blob="a8905c6d10ff3586519576beca32a4341d5bd3ca"
# # 手算反向传播 · Backpropagation by hand
#
# 调用 `fit` 时，Keras 会计算损失对每一个权重（weight）的梯度（gradient），优化器（optimizer）再让每个权重朝梯度的反方向挪动一点。这些梯度来自**反向传播**（backpropagation）：也就是微积分中的链式法则（chain rule），从损失开始一层一层地往回应用，直到输入。
#
# 这个笔记本（notebook）找了一个小到可以一步步跟下来的网络，只用 NumPy，把这一切都手工做一遍：
#
# 1. 一个两层网络的前向传播（forward pass）；
# 2. 用链式法则推导出它的梯度；
# 3. 把这些梯度与 TensorFlow 的自动微分（automatic differentiation）结果相核对；
# 4. 把梯度下降（gradient descent）的几个步骤写成一个循环。

# %%
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)  # seeds Python, NumPy and TensorFlow at once
rng = np.random.default_rng(0)  # the generator this notebook draws from

# %% [markdown]
# ## 一个小型回归问题
#
# 数据是生成出来的：64 个点，每个点有两个特征（feature），都在 −1 到 1 之间均匀抽取；目标值以一种弯曲的方式依赖于它们，即 $y = \sin(2x_1) + x_2^2$。直线拟合不了它，所以网络需要隐藏层（hidden layer）。和 Keras 中一样，`X` 的每一行是一个样本；`y` 保持为一列，每个样本占一行。

# %%
n = 64
X = rng.uniform(-1, 1, size=(n, 2))
y = (np.sin(2 * X[:, 0]) + X[:, 1] ** 2).reshape(n, 1)
print("X:", X.shape, " y:", y.shape)

# %% [markdown]
# ## 前向传播
#
# 这个网络有一个隐藏层，由 4 个使用 tanh 激活函数（activation function）的神经元（neuron）组成，还有一个不带激活函数的输出神经元，这是回归（regression）问题的常规做法。对整批数据一次性计算，每个样本占一行：
#
# $$Z = X W_1 + b_1, \qquad H = \tanh(Z), \qquad \hat{y} = H W_2 + b_2$$
#
# 损失是 $n$ 个样本上的均方误差（mean squared error）：
#
# $$L = \frac{1}{n} \sum_{i=1}^{n} (\hat{y}_i - y_i)^2$$
#
# $W_1$ 的形状（shape）是 (2, 4)：每个隐藏神经元对应一列权重。$W_2$ 的形状是 (4, 1)。和 Keras 的 `Dense` 层一样，权重从较小的随机值开始，偏置（bias）从零开始。函数把中间结果也一并返回，因为反向传递（backward pass）要用到它们。

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
# ## 反向传递
#
# 损失只通过一串步骤依赖于 $W_1$：$W_1 \to Z \to H \to \hat y
# \to L$。链式法则告诉我们，沿一条链求导，结果等于链上各环节导数的乘积。反向传播从链的末端向起点计算这些乘积，这样每个中间结果都能重复使用，而不必重新计算。记
# $\delta_A$ 为 $\partial L / \partial A$，即损失对 $A$ 的梯度；它的形状总是与 $A$ 相同。
#
# **输出。** 对平方的平均值求导：
#
# $$\delta_{\hat y} = \frac{2}{n} (\hat y - y)$$
#
# **输出层。** $\hat y = H W_2 + b_2$ 是线性的，所以每个权重的梯度，就是它所乘的那个输入乘以从上面传来的梯度，再对所有样本求和；偏置乘的是常数 1：
#
# $$\delta_{W_2} = H^\top \delta_{\hat y}, \qquad
#   \delta_{b_2} = \sum_{i} (\delta_{\hat y})_i$$
#
# **回到隐藏层。** 同样的乘积规则，这次对 $H$ 求导，就把梯度往下传了一层：
#
# $$\delta_H = \delta_{\hat y} W_2^\top$$
#
# **穿过激活函数。** tanh 分别作用于每一个数，它的导数是 $\tanh'(z) = 1 - \tanh^2(z)$，所以梯度要逐元素地（$\odot$）乘以 $1 - H^2$，而这个量在前向传播时已经算好了：
#
# $$\delta_Z = \delta_H \odot (1 - H^2)$$
#
# **隐藏层的权重**，算法和输出层的完全一样，只是输入换成了 $X$：
#
# $$\delta_{W_1} = X^\top \delta_Z, \qquad \delta_{b_1} = \sum_{i} (\delta_Z)_i$$
#
# 下面这个函数的每一行，就是其中的一个公式。


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
# 每个梯度的形状都和它对应的参数相同，这是必然的：优化器要用参数减去梯度。
#
# ## 与 TensorFlow 核对
#
# 手工推导很容易出错，所以我们把它与 TensorFlow 的自动微分做个比较。在 `tf.GradientTape` 块里，TensorFlow 会记录对变量的每一个运算；随后 `tape.gradient` 在这份记录上运行链式法则，也就是由机器来完成同样的反向传递。代码用 TensorFlow 的运算把前向传播重做一遍，从相同的权重出发，并且和 NumPy 一样使用 float64，这样两边的计算精度相同。

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
# 最大的差异至多约为 $2 \times 10^{-16}$（打印为 `e-16` 或 `e-17`），而 $b_2$ 的差异恰好为零：这正是 float64 运算中舍入误差的量级，float64 大约能保留 16 位有效数字。两种计算结果一致；上面的公式正是 TensorFlow 算出的那些梯度。如果公式写错了（比如漏掉因子 $1 - H^2$），差异就会和梯度本身一样大。
#
# ## 手工实现梯度下降
#
# 梯度在手，学习就只是一个简短的循环。梯度指向损失增长最快的方向，所以每一步都让每个参数朝相反的方向移动一点：
#
# $$\theta \leftarrow \theta - \eta \, \delta_\theta$$
#
# 其中 $\theta$ 是 $W_1, b_1, W_2, b_2$ 中的任意一个；$\eta$ 是学习率（learning rate），它决定步长（这里取 0.3）。每一步都用上全部 64 个样本，所以这是批量梯度下降（batch gradient descent）；Keras 的 `fit` 做的是同样的事，只不过用的是小批量（mini-batch），以及 SGD 或 Adam 这样的优化器。

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
# 损失在每一步都有所下降。起初下降得很快，因为这时预测值偏差很大，梯度也大；随后网络停留在一片平台（plateau）上，下降变慢；接着，随着隐藏神经元找到更好的分工，下降又加快了。这种快慢不均的进展是正常的：哪怕是一个很小的网络，它的损失曲面也不是一个简单的碗。
#
# ## 接下来可以试试
#
# - 把 `learning_rate` 设为 1.0，再运行一次循环：步子迈过了头，损失不降反升，直到 NumPy 发出溢出（overflow）警告。
# - 把 tanh 换成 S 型函数（sigmoid）$\sigma(z) = 1 / (1 + e^{-z})$，它的导数是 $\sigma(z)(1 - \sigma(z))$；相应地修改 `d_Z` 那一行，再用梯度带（tape）核对一遍。
