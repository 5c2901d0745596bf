# %% [markdown] source_blob="0e65e718f01e352c82595ce874026dca6d836b58"
# # 数据规范化 · Data normalization
#
# 神经网络（neural network）从很小的随机权重（weight）出发，借助梯度下降（gradient descent）一点点调整这些权重来学习。当每个输入特征（feature）的尺度都相近，大致以 0 为中心、离散程度在 1 左右时，这种做法效果最好。真实的表格很少是这个样子：某一列装的可能是数以百计的面积，下一列却是小于 0.1 的比率。
#
# 本笔记本在同样的数据上把同一个小模型（model）训练两次，一次用原始数值，一次用**标准化**（standardization）后的数值，并比较它们学习的情况。接着介绍保证数据规范化（normalization）不“作弊”的那条规则（只在训练集上拟合），以及把它放进 Keras 模型本身的一种做法。

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
# ## 尺度相差悬殊的特征
#
# scikit-learn 的乳腺癌数据集用细胞核的 30 项测量值（半径、面积、平滑度……）描述了 569 个肿瘤，每个肿瘤都标注为恶性（0）或良性（1）。只看其中几列，就足以看出问题所在：

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
# 有些列的变化幅度以百计，另一些还不到百分之一。使用原始输入时，每个神经元（neuron）内部的加权和由数值大的列主导，数值小的列几乎不起作用；下面我们会测量这对训练有什么影响。
#
# 我们把 30% 的肿瘤留作验证集（validation set），用来观察学习曲线。

# %%
x_train, x_val, y_train, y_val = train_test_split(
    x, y, test_size=0.3, random_state=0, stratify=y
)
print("training:", x_train.shape, " validation:", x_val.shape)

# %% [markdown]
# ## 标准化
#
# 对一个特征做标准化，就是减去它的均值 $\mu$，再除以它的标准差 $\sigma$：
#
# $$x' = \frac{x - \mu}{\sigma}$$
#
# 处理之后，每一列的均值都是 0，标准差都是 1。scikit-learn 的 `StandardScaler` 逐列完成这一操作。注意它是从哪些数据中学到 $\mu$ 和 $\sigma$ 的：`fit` 只看到**训练集**（training set），然后再用 `transform` 把同样这几个数用到验证集上。

# %%
scaler = StandardScaler().fit(x_train)
x_train_std = scaler.transform(x_train)
x_val_std = scaler.transform(x_val)
print("training means:   ", x_train_std.mean(axis=0)[:3].round(3))
print("training stds:    ", x_train_std.std(axis=0)[:3].round(3))
print("validation means: ", x_val_std.mean(axis=0)[:3].round(3))

# %% [markdown]
# 训练集的各列得到的均值为 0、标准差为 1（在打印的精度内）；验证集的各列只是接近这两个值，因为它们自己的均值和训练集的均值并不完全相同。这在意料之中，也是正确的。
#
# 为什么不在全部数据上一次性拟合缩放器（scaler）？因为那样的话，验证集的行就会参与决定 $\mu$ 和 $\sigma$：用来评判模型的数据中的信息，会泄漏到模型的训练中（这叫**数据泄漏**，data leakage）。无论影响多小，养成这个习惯都很重要：投入使用的模型是一个样本一个样本地遇到新数据的，必须用事先固定好的数字，也就是训练集的数字，来对它们做缩放。交叉验证（cross-validation）中也是如此：缩放器要在每一折里重新拟合。
#
# ## 同一个模型：原始输入与标准化输入
#
# 两个完全相同的网络：一个有 16 个神经元的隐藏层，加上一个用 S 型函数（sigmoid）区分两个类别的输出层；借助随机种子，它们的初始权重相同，训练的轮次（epoch，也说“轮”）也相同：


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
# ## 学习曲线

# %% alt="同一个模型在原始特征和标准化特征上的学习曲线：对数坐标下的训练损失和验证损失，以及每个轮次的验证准确率"
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
# 两次运行的区别只在于输入的尺度，而这从第一个轮次起就显现出来了。使用原始输入时，第一轮的验证损失大得惊人。之后损失虽然在下降，但起伏不定，最初几个轮次里验证准确率（accuracy）忽高忽低；15 个轮次之后，它仍然远高于标准化那次运行的损失，验证准确率也更低。使用标准化输入时，网络从一个合理的位置起步：验证损失在几个轮次内顺利下降，随后趋于平稳。
#
# ## 原始输入下出了什么问题
#
# 原始输入下的模型确实在学习，这从它不断下降的损失就能看出来，只是学得又慢又不稳定。有两个因素拖了它的后腿。第一个是起点。Keras 抽取初始权重（Glorot 均匀分布，Glorot uniform）时，所取的大小适合离散程度约为 1 的输入，这样隐藏层内部的加权和也大致是这个大小。两次运行都从相同的权重出发；下面看看这些权重会把两种输入变成什么：


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
# 使用标准化输入时，隐藏层加权和的离散程度正是初始化方法所期望的。使用原始输入时，它们要大上几百倍。有些 ReLU 单元一开始对每个肿瘤都是负值：它们输出 0，权重得到的梯度为零，所以训练永远不会改变它们，这些单元在第一步之前就已经报废了。而输出层收到的加权和远远小于零，以致它的 sigmoid 几乎确定地把每个肿瘤都判为恶性；对于占多数的良性肿瘤，交叉熵（cross-entropy）会对此施以重罚：这就是最初几个轮次里损失大得惊人的原因。
#
# 第二个因素是步长的大小。这两次运行用的都是 Adam，它并不给所有权重同一个步长：它把每个权重的梯度除以该梯度自身大小的一个滑动度量，所以不论梯度是大是小，每个权重每一步最多移动大约一个学习率（learning rate）的量（这里是 0.01）。但是，一个权重的变化对网络产生的作用，等于这个变化乘以它的输入，而一列输入的变化幅度大约就是这一列的标准差。比较一下原始输入那次运行中，第一层权重在训练前后的值：

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
# 这三列的权重移动的幅度差不多，但这个变化经由面积那一列传到网络的作用，比经由分形维数那一列要强几万倍。一个取值变化不到百分之一的特征要想起作用，它的权重就得长到一百以上，而按这样的速度，那需要的步数比这次运行的全部步数多得多；可是大到足以做到这一点的学习率，又会让面积那一列的权重剧烈地乱跳。（用普通的梯度下降还要更糟：那里步长本身就随输入的尺度增大，所以作用随尺度的平方增大。）标准化只需一行代码，它让初始权重得到当初为之选定的那种输入，也让同一个学习率对每个特征都意味着同样的东西。
#
# ## 在模型内部做规范化
#
# 放在模型旁边的缩放器，在模型被保存、拿到别处使用时很容易被遗忘。Keras 以层的形式提供了同样的操作：`keras.layers.Normalization` 在 `adapt` 中计算每个特征的均值和方差，把它们和模型的权重存放在一起，并对流经它的任何数据做标准化。和缩放器一样，`adapt` 也只接收训练集。

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
# 这个层学到的均值与缩放器相同（只差 32 位浮点数的舍入误差）；由于它位于第一个 `Dense` 层之前，这个用原始输入训练的模型在打印的精度内与标准化那次运行完全一致，最终的验证准确率也相同。区别在于这些数字存放在哪里：模型现在直接接受原始的测量值，保存模型时，均值和方差也随之一起保存。
#
# ## 小结
#
# - 尺度相差悬殊的特征会让训练又慢又不稳定，用 Adam 也一样：初始权重期望的是离散程度约为 1 的输入，而同样大小的一步，经过尺度大的特征产生的作用要远远大于经过尺度小的特征。对它们做标准化，即对每个特征计算 $(x - \mu) / \sigma$，就能以很小的代价解决这个问题。
# - 只在训练集上计算 $\mu$ 和 $\sigma$，再把它们用于验证数据、测试数据（test data）和新数据；任何别的做法，都会把你用来评判模型的数据中的信息泄漏出去。
# - `StandardScaler` 在模型外部完成这件事，`keras.layers.Normalization` 配合 `adapt` 在模型内部完成。还有别的缩放方式（例如缩放到 0 到 1 的范围，[第一篇教程](first_network.ipynb)就是把像素值除以 16 来做到这一点的），但关于训练集的那条规则对它们全都适用。
