# %% [markdown] source_blob="1e7c2cb43a0679fa0ee45bdf108f873dd03aef70"
# # 你的第一个神经网络 · Your first neural network
#
# 这个笔记本（notebook）训练一个小型 Keras 模型，让它识别手写数字。这些数字是 scikit-learn 自带的，所以什么都不用下载：一共 1797 张 8 × 8 像素的灰度图像，每张都带有标签（label），即图中写的是哪个数字。
#
# 步骤和每个 Keras 项目都一样：加载数据，划分数据，构建模型，编译模型，拟合模型，在验证集（validation set）上选出最好的版本，再在它从未见过的数据上对这个版本测量一次。结尾处，混淆矩阵（confusion matrix）会告诉我们模型把哪些数字弄混了。

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
# 以 `%` 开头的两行是给 Jupyter 的指令，而不是 Python 代码：让图显示在笔记本里，并以 SVG 格式绘制，这样图像始终清晰。
#
# ## 数据
#
# `load_digits` 返回的每张图像都已经展平（flatten）成一行 64 个数，取值从 0 到 16。除以 16 之后，它们落在 0 到 1 之间，这个范围正适合 Keras 所选的初始权重（weight）。

# %%
digits = load_digits()
x = digits.data.astype("float32") / 16.0
y = digits.target
print("inputs:", x.shape, " labels:", y.shape, " classes:", np.unique(y))

# %% [markdown]
# ## 三个数据集：训练集、验证集、测试集
#
# 数据被分成三份，每一份各有一项任务：
#
# - **训练集**（training set）是供模型学习的；
# - **验证集**是供*我们*学习的：我们在它上面比较候选模型，留下最好的那一个；
# - **测试集**（test set）一直锁着，直到最后才拿出来，而且只用一次，用来估计选定的模型在新图像上表现如何。
#
# 为什么不在测试集上做选择？每一个看着某组数据做出的选择，都会让模型稍稍迁就这组数据。这样的选择做多了，模型在这组数据上的得分就会过于乐观。让测试集置身于所有决策之外，它的得分才可信。
#
# `train_test_split` 只能一分为二，所以要调用两次：先把 20% 的图像划为测试集，再把其余图像的四分之一划为验证集。`stratify` 让十个数字在每一份里都保持相同的比例。

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
# ## 模型
#
# `Sequential` 模型（序贯模型，Sequential model）是一摞层（layer），每一层的输出都送入下一层。这里有：64 个输入；一个 `Dense`（全连接）隐藏层（hidden layer），使用 ReLU 激活函数（activation function）；以及一个由 10 个神经元（neuron）组成的输出层，它的 softmax（归一化指数函数）把得分变成概率，每个数字一个：
#
# $$\hat{y} = \operatorname{softmax}(W_2 \, \operatorname{relu}(W_1 x + b_1) + b_2)$$
#
# 隐藏层应该有多少个神经元？数据本身给不出答案，所以这是一个要由我们来做的选择，也就是一个*超参数*（hyperparameter），将由验证集来决定。下面的函数按给定的宽度构建并编译一个模型。`compile` 决定怎样学习：要最小化的损失（loss），这里是适用于整数标签的交叉熵（cross-entropy）；更新权重的优化器（optimizer）；以及一项要报告的指标（metric）。优化器用的是 Adam，学习率（learning rate）为 0.01，是它默认值的十倍，这样在这个小数据集上训练几个轮次（epoch，也称“轮”）就够了。


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
# 摘要列出了每一层的输出形状（shape）和权重个数。形状中的 `None` 代表批大小（batch size），它要等数据到来时才确定。
#
# ## 训练
#
# `fit` 把训练集遍历 `epochs` 遍，每个小批量（mini-batch）包含 64 张图像，每处理完一个小批量就调整一次权重。`verbose=0` 让进度条不出现在本页上；返回的训练历史（history）记下了各项数值。
#
# 两个候选模型用同样的方式训练：一个的隐藏层较窄，只有 8 个神经元；另一个较宽，有 32 个。它们都看不到验证集和测试集的图像。

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
# 准确率（accuracy）是指：模型认为最可能的数字恰好正确的图像，占全部图像的比例。两个模型都一轮比一轮好。但是，在模型学过的图像上得分高，说明不了多少问题；真正要问的是，在没学过的图像上，哪个模型表现更好。这正是验证集的任务：`evaluate` 返回模型在验证集上的损失和准确率，我们留下验证准确率较高的那个宽度。

# %%
scores = {
    h: m.evaluate(x_val, y_val, verbose=0)[1] for h, m in candidates.items()
}
best = max(scores, key=scores.get)
model = candidates[best]
print("validation accuracy:", {h: round(s, 3) for h, s in scores.items()})
print("chosen:", best, "hidden neurons")

# %% [markdown]
# ## 在测试集上，只测一次
#
# 选择已经做完，终于可以动用测试集了。模型在它上面的准确率，就是我们对选定模型的估计：在从未见过的数字上，它会表现如何。

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
# ## 哪些数字会被弄混？
#
# 单单一个准确率数字，掩盖了模型犯的是*哪些*错误。**混淆矩阵**把这些错误逐一计数：第 $i$ 行、第 $j$ 列的数，是真实数字为 $i$、却被模型读成 $j$ 的测试图像的张数。正确的答案落在对角线上；对角线以外的每个数都是错误。

# %%
matrix = confusion_matrix(y_test, predicted)
print(matrix)

# %% [markdown]
# 下面把同一个矩阵画成图。只有错误涂了颜色，颜色越深，错误出现得越频繁；对角线上的正确答案用灰色的数字写出，零则略去不写，好让错误更加醒目：

# %% alt="去掉对角线后的混淆矩阵，画成真实数字对预测数字的热力图：格子颜色越深，这种错误越常见"
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
# 要从矩阵中读出最大的几处错误，可以把对角线以外的格子排个序：

# %%
cells = [(mistakes[t, p], t, p) for t in range(10) for p in range(10)]
print("true  predicted  count")
for count, true, guess in sorted(cells, reverse=True)[:4]:
    print(f"{true:>4}  {guess:>9}  {count:>5}")
print("all mistakes:", mistakes.sum(), "of", matrix.sum(), "test images")

# %% [markdown]
# 数字能说明的毕竟有限；下面就是最先被读错的几张测试图像本身，每张的标题是它的真实数字和模型的回答：

# %% alt="网络读错的六张测试图像，每张的标题是它的真实数字和预测数字"
wrong = np.flatnonzero(predicted != y_test)[:6]
fig, axes = plt.subplots(1, len(wrong), figsize=(1.2 * len(wrong), 1.6))
for ax, i in zip(axes, wrong, strict=True):
    ax.imshow(x_test[i].reshape(8, 8), cmap="gray_r")
    ax.set_title(f"{y_test[i]} → {predicted[i]}", fontsize=9)
    ax.axis("off")
plt.show()

# %% [markdown]
# 把列表、矩阵和图片放在一起看，就能读出一段故事：
#
# - 这次运行中最常见的错误，也就是列表最上面的那一项，是把 8 读成了 1。更一般地说，预测数字 1 所在的那一列，错误比其他任何一列都多：模型拿不准的时候，往往会回答 1。一个细长的 8，如果两个圈被挤得合拢、没了空隙，也就比一道竖笔多不了多少，第一张图片就是这样。
# - 其他错误都只涉及单张图像，大多发生在有共同笔画的数字之间，比如顶部封口的 4，看起来就像 9。
# - 每个数字被认对的次数都远远多于被认错的次数：对角线占了绝对优势。
#
# 要记住规模：测试图像只有几百张，一个格子里多一张或少一张图像只是偶然，算不上规律。混淆矩阵告诉你该往哪里看（这里是那些 8，以及回答 1 的情况），也告诉你更多的数据或更好的模型应当解决什么问题。
#
# ## 接下来可以试试
#
# - 改变候选模型（更多的宽度、第二个隐藏层），让验证集重新选择；只在最后才看测试集。
# - 用另一个 `random_state` 来划分数据：得分会有些许变动，这提醒我们，几百张测试图像给出的只是一个估计，而不是精确的真相。
