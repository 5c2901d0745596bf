# %% [markdown] source_blob="e55c18e3a605b732a13f126f2ee01128abb14020"
# # 循环网络 · A recurrent network
#
# 许多数据都以序列的形式出现，其中的顺序很重要：传感器读数、价格、词语。**循环神经网络**（recurrent neural network，RNN）每次读入序列的一步，并把一个*状态*（state）从每一步带到下一步，这个状态就是对目前为止所见内容的一份不断更新的概括。读完最后一步后，模型（model）的其余部分使用的就是这个状态。较早的中文文献也把 RNN 称为“递归神经网络”，但严格说来，那个名称属于另一种处理树结构的模型（<span class="nolink">recursive neural network</span>）。
#
# 本笔记本生成一条带噪声的正弦波，并训练一个小型 RNN，根据前面的值预测下一个值。为了判断网络到底有没有学到东西，我们把它与最简单的预测方法相比较：明天和今天一样。

# %%
# %matplotlib inline
# %config InlineBackend.figure_formats = ["svg"]
import keras
import matplotlib.pyplot as plt
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)  # the generator this notebook draws from

# %% [markdown]
# ## 序列
#
# 一条每 40 步重复一次的正弦波，共 1000 个时间步（time step），再加上标准差为 0.1 的随机噪声，就像一个略有抖动的传感器测得的数据。这种噪声是任何模型都无法预测的：最好的预测就是干净的正弦波，而即便是它，也会因为噪声而有偏差。

# %%
steps, period, noise = 1000, 40, 0.1
t = np.arange(steps)
clean = np.sin(2 * np.pi * t / period)
series = (clean + rng.normal(0, noise, steps)).astype("float32")
print("series:", series.shape, " first values:", series[:4].round(3))

# %% [markdown]
# ## 窗口：把序列变成样本
#
# 模型需要由输入和目标组成的样本。让一个 20 步的窗口沿着序列滑动，每个位置就得到一个样本：窗口中的 20 个值是输入，紧随其后的那个值是目标。Keras 的循环层接收形状（shape）为 (样本数, 时间步数, 每步的特征数) 的输入；我们每一步只有一个特征（feature），所以要给这些窗口加上一个长度为 1 的末尾轴。

# %%
window = 20
x = np.stack([series[i : i + window] for i in range(steps - window)])
x = x[..., np.newaxis]  # (examples, 20 time steps, 1 feature)
y = series[window:]  # the value right after each window
print("inputs:", x.shape, " targets:", y.shape)

# %% [markdown]
# 划分测试集（test set）时，我们不能像处理图像那样随机挑选窗口：相邻的窗口在 20 个值中有 19 个是相同的，随机划分就等于用几乎和训练数据一模一样的东西来测试模型。所以，模型用前 700 个窗口学习，再在它们之后的窗口上测试：它要预测的是序列中从未见过的一段，就像真正的预测那样。

# %%
split = 700
x_train, y_train = x[:split], y[:split]
x_test, y_test = x[split:], y[split:]
print("training:", x_train.shape, " test:", x_test.shape)

# %% [markdown]
# ## 两个参照
#
# **朴素预测**（naive forecast）重复每个窗口的最后一个值。它是一条基线（baseline）：连它都比不过的模型，什么有用的东西也没学到。干净的正弦波是任何模型都无法得知的，它给出了可能达到的最好分数：剩下的只有噪声本身。两者都用均方误差（mean squared error，MSE）来衡量，即预测值与真实值之差的平方的平均值。


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
# ## 搭建循环网络
#
# 一个有 16 个单元的 `SimpleRNN` 层每次一步地读入每个窗口。在第 $t$ 步，它把新的输入 $x_t$ 与上一步的状态 $h_{t-1}$ 结合起来：
#
# $$h_t = \tanh(W x_t + U h_{t-1} + b)$$
#
# 每一步都使用同一组权重（weight）$W$、$U$ 和 $b$，因此这一层能用固定数量的参数处理任意长度的序列。最终状态 $h_{20}$ 被送入一个只有一个输出、没有激活函数（activation function）的 `Dense` 层，它的输出就是预测值。损失函数（loss function）就是 MSE，所以训练所最小化的，恰好是我们用来比较的那个分数。

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
# ## 在测试窗口上比较

# %%
forecast = model.predict(x_test, verbose=0)[:, 0]
print(f"naive forecast: MSE {mse(naive, y_test):.4f}")
print(f"SimpleRNN:      MSE {mse(forecast, y_test):.4f}")
print(f"clean sine:     MSE {mse(best_possible, y_test):.4f}")

# %% [markdown]
# RNN 的误差远低于朴素预测，只比干净正弦波的误差（可能达到的最好分数）高出一点。朴素预测为噪声付出了两次代价：它重复的那个值带有噪声，与它相比较的那个值也带有噪声。此外，它还比波形滞后一步。RNN 学会了在这两方面都做得更好：它在窗口内把噪声平均掉，并且延续波形的走势，而不是照抄最后一个点。它无法消除的是目标值本身的噪声，这是任何模型都预测不了的。
#
# 截取测试期的一段来看，差别就一目了然：圆点是带噪声的真实值，两条线是两种预测。朴素预测的线照搬噪声的每一次跳动，而且晚了一步；RNN 的线更平滑，也更贴近波形。

# %% alt="带噪声正弦波的前 80 个测试步，以圆点表示；SimpleRNN 的预测紧紧跟随这些点，而重复最后一个值的预测落后一步"
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
# ## 接下来可以试试
#
# - 把 `SimpleRNN` 换成 `LSTM`，这是一种带门控（gate）的循环层，门决定状态中保留什么；当有用的信息位于很多步之前时，它的作用最明显。
# - 把 `noise` 调高到 0.3：现在朴素预测和 RNN 相比如何？
# - 让窗口短于周期的四分之一，观察 RNN 的分数。
