# %% [markdown] source_blob="14624ea17b11ba463665c551fb288e16c620b680"
# # 欠拟合与过拟合 · Underfitting and overfitting
#
# 模型（model）在一组样本上训练，却要拿到别的样本上去用。这里可能出两种问题。一种是模型太简单，捕捉不到数据中的规律，连在自己的训练数据上都表现不好：这叫**欠拟合**（underfitting）。另一种是模型太灵活，连训练样本里的偶然因素（噪声和巧合）也一并学了下来，于是它在这些样本上的表现比在新数据上好得多：这叫**过拟合**（overfitting）。
#
# 区分这两种情况的工具，是 Keras 在 `fit` 过程中记录的那一对曲线：训练集（training set）上的损失，以及模型从不用来训练的验证集（validation set）上的损失。本笔记本针对不同规模的模型和不同数量的数据画出这些曲线，再试验三种对付过拟合的办法，即随机失活（dropout）、L2 正则化（L2 regularization）和早停（early stopping），最后以 k 折交叉验证（k-fold cross-validation）收尾：数据稀少时，用它来衡量模型更可靠。

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
# ## 一个带噪声的小问题
#
# 样本少、标签（label）又有噪声时，过拟合出现得最快，所以我们用 scikit-learn 的 `make_classification` 生成这样一个问题：20 个输入特征（feature），两个类别，每个类别由几团彼此分开的点组成（所以平直的边界没法把它们很好地分开），另有 5% 的样本，标签被换成了随机标签（`flip_y`），就像人工标注的数据集里出的错。没有哪个模型能预测这些随机标签；一个“学会”了它们的模型，记住的只是噪声。
#
# 其中 500 个样本留作验证，模型在另外 300 个样本上训练。

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
# 三个小辅助函数让实验保持简短：`make_model` 构建一个带有一个指定大小隐藏层的网络（大小为 0 时就完全没有隐藏层，这时它就是逻辑回归，logistic regression），`train` 训练它 15 个轮次（epoch，也说“轮”），同时记录验证损失，`report` 则打印最后一个轮次的结果，以及验证损失最低的那个轮次。`make_model` 会重置随机种子，所以每个网络都从相同的随机数出发（层的结构相同时，初始权重相同；样本的打乱顺序也相同）：不同运行之间的差别来自被比较的设置，而不是运气。


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
# ## 容量
#
# 模型的**容量**（capacity）是指它能表示多复杂的规律；对这里的网络来说，就是隐藏层中神经元（neuron）的个数。我们在同样的 300 个样本上训练三种容量：没有隐藏层（逻辑回归，它在两个类别之间的边界是一个平面）、16 个神经元和 64 个神经元。

# %% alt="隐藏层分别有 0、16 和 64 个神经元的网络在每个轮次的训练与验证损失"
capacity = {}
for units in (0, 16, 64):
    name = f"{units} hidden neurons"
    capacity[name] = train(make_model(units), x_train, y_train)
    report(name, capacity[name])
plot_curves(capacity)

# %% [markdown]
# 三幅截然不同的图景：
#
# - **没有隐藏层：欠拟合。** 训练损失和验证损失始终靠得很近，而且都居高不下；训练准确率（accuracy）是三者中最低的。平直的边界无法贴合由几团点组成的类别，而且曲线已经开始变平：模型缺的是容量，而不是训练时间。
# - **16 个神经元：更接近合适。** 两个损失都在下降；验证损失在大约三分之二的轮次之后到达最低点，随后略有回升，训练损失却还在继续下降。这道逐渐拉大的差距，正是过拟合开始的地方。
# - **64 个神经元：过拟合。** 训练损失趋向于零，训练准确率最终接近 1，远高于验证准确率：网络对它的 300 个样本（连同其中的随机标签）学得很透，远远胜过它对样本背后规律的掌握。验证损失在最初几个轮次内就降到了最低点，之后在余下的训练中一路攀升。然而验证*准确率*只比 16 个神经元的网络略低一点：模型的大多数回答保持不变，但它变得越来越自信，连答错的地方也是如此，而交叉熵（cross-entropy）对自信的错误罚得很重。（在这个过程中，它在最好的那个轮次上达到的验证损失，比 16 个神经元的网络在任何时候都低；抓住那一刻，正是下面要讲的早停的任务。）
#
# 因此，过拟合的标志是：训练损失不断下降，验证损失却在上升。欠拟合则表现为两个损失都很高，而且彼此接近。
#
# ## 数据量
#
# 过拟合的另一面是训练集。下面是同一个 16 个神经元的网络只用 100 个样本训练的结果，旁边是上面用 300 个样本训练的那次运行：

# %% alt="同一个网络分别用 100 个和 300 个样本训练时，每个轮次的训练与验证损失"
data_size = {
    "100 examples": train(make_model(16), x_train[:100], y_train[:100]),
    "300 examples": capacity["16 hidden neurons"],
}
for name, h in data_size.items():
    report(name, h)
plot_curves(data_size)

# %% [markdown]
# 用 100 个样本时，验证准确率远低于训练准确率，验证损失也一直偏高。样本增加到三倍时，训练准确率差不多，但验证准确率和最低验证损失都明显更好：训练与验证之间的差距缩小了，因为在 300 个样本上都成立的规律，更有可能是真正的规律。更多的数据是治疗过拟合最可靠的药方；下面这些办法，是在拿不到更多数据时可以采取的。
#
# ## 三种对策
#
# 我们回到那个在 300 个样本上过拟合的 64 个神经元的网络，试一试三种标准的对策。
#
# **随机失活**（`keras.layers.Dropout(0.5)`）在每个训练步（training step）中，以 0.5 的概率把隐藏层的每个输出置为零，每次随机选中的都是不同的一半（同时把其余的输出放大，使它们的总和大致不变）。任何一个神经元都不能指望另外某个神经元一定在场，这样一来，死记单个样本就更难了。随机失活只在训练时起作用；预测时，所有神经元都会用上。
#
# **L2 正则化**（`kernel_regularizer=keras.regularizers.L2(0.01)`）在训练所要最小化的损失上，加上一个针对大权重（weight）的惩罚项：
#
# $$\text{loss} = \text{cross-entropy} + \lambda \sum_{j,k} W_{jk}^2, \qquad \lambda = 0.01$$
#
# 求和的范围是带有正则化器（regularizer）的那一层的权重，而且只有这些权重：这里 $W$ 是隐藏层的核（kernel），即它的 20 × 64 个权重。它的偏置（bias）和输出层都不受惩罚，因为 `make_model` 没有给它们挂正则化器；要惩罚另一层的权重，也得在那一层上加 `kernel_regularizer`。正是大的权重让网络能够围着个别的点画出尖锐、弯弯曲曲的边界；惩罚项让权重保持较小，函数也就更平滑。

# %% alt="64 个神经元的网络在不加对策、使用随机失活和使用 L2 正则化三种情况下，每个轮次的训练与验证损失"
remedies = {"no remedy": capacity["64 hidden neurons"]}
remedies["dropout 0.5"] = train(make_model(64, dropout=0.5), x_train, y_train)
remedies["L2 0.01"] = train(make_model(64, l2=0.01), x_train, y_train)
for name, h in remedies.items():
    report(name, h)
plot_curves(remedies)

# %% [markdown]
# 两种对策都让训练准确率离 1 更远（网络死记的东西更少），最终的验证损失也都比未加正则化的网络更低，验证准确率更高。用随机失活时，验证损失在几个轮次后仍然会掉头向上，但攀升得慢得多；训练曲线则参差不齐，因为每一步训练的都是网络中随机选出的不同的一半。用 L2 时，验证损失趋于平稳，而不再攀升；训练损失中包含了惩罚项，这也是那条曲线一直偏高的原因之一。失活率 0.5 和 $\lambda = 0.01$ 都是需要调节的设置，就像神经元的个数一样：太小不起作用，太大会让模型欠拟合。
#
# **早停**则完全照曲线说的办：它盯着验证损失，一旦验证损失连续 `patience` 个轮次都没有改善，就停止训练。设置了 `restore_best_weights=True`，模型随后会被恢复到最好那个轮次的权重，而不是停留在最后一个轮次的权重上。

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
# 正如 `patience` 所规定的，训练在最好的那个轮次之后又过了几个轮次才停下。由于 `make_model` 重置了随机种子，这次运行在停止之前与上面 64 个神经元的那次运行逐轮完全相同；恢复后的模型的验证损失恰好就是那里报告的最低值，验证准确率也比那次运行跑完全部 15 个轮次后更高。早停不需要对模型做任何改动，还省下了那些只会让模型变差的轮次，所以几乎处处都在用它。它唯一的代价是：现在由验证集来决定何时停止，所以对模型的最终评判要交给一个单独的测试集（test set）。
#
# ## k 折交叉验证
#
# 到目前为止的每个数字，都取决于某一个特定的验证集。样本很少时，哪些样本碰巧落进验证集，会明显改变得分。**k 折交叉验证**能把这种运气抹平：把数据分成 $k$ 份（称为“折”，fold），训练 $k$ 次全新的模型，每次留出不同的一折用于评估，在其余 $k-1$ 折上训练，然后报告这 $k$ 个得分的平均值和离散程度。每个样本恰好被用于评估一次。
#
# scikit-learn 的 `KFold` 生成索引数组，Keras 负责训练。这里在我们的 300 个训练样本上取 $k = 3$，每折训练 8 个轮次，比较的是开头比较过的两个网络，即 16 个和 64 个隐藏神经元的网络，两者用的是相同的折：

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
# 同一个网络，同样多的数据，它的得分却在各折之间相差好几个百分点：单次划分可能报告其中任何一个。各折得分的平均值，是对模型在新数据上表现的更稳定的估计。
#
# 这是否说明 16 个神经元胜过 64 个？两者的平均值相差 0.020，小于 16 个神经元的网络在各折之间的离散程度，所以如果比较那两行“平均值 ± 标准差”，就会把这个差别看作噪声。但这种离散大部分并不是比较中的噪声：它反映的是每一折碰巧有多难，而对一个网络来说难的折，对另一个网络也难（两者都在第 1 折上得分最高，在第 2 折上得分最低）。既然两个网络是在完全相同的折上评估的，那就逐折比较它们，这样各折的难度就相互抵消了：

# %%
differences = np.subtract(scores[16], scores[64])
print(
    "16 minus 64 neurons, fold by fold:",
    " ".join(f"{d:+.3f}" for d in differences),
)
print(f"mean {differences.mean():+.3f} ± {differences.std():.3f} (std)")

# %% [markdown]
# 16 个神经元的网络在两折中领先，在第三折中打平，它的优势在平均值 0.020 上下波动 0.016。在模型之间做选择时，交叉验证就该这样解读：在相同的折上训练两个模型（`KFold` 固定 `random_state` 就能保证折相同），看的是*差值*如何波动，而不是得分本身。就这里而言，证据仍然单薄，只是在每折 100 个样本上两胜一平，所以只能当作一个提示；更多的折，或者用其他划分重复交叉验证，才能让结论更扎实。
#
# 代价是要训练 $k$ 次而不是一次，所以 k 折交叉验证主要用于小数据集和小模型：在那里它最重要，代价也最小。模型必须在循环内部重新构建：如果一个模型把权重从上一折带到下一折，那么它在某一折上接受评估之前，就已经在这一折上训练过了。
#
# ## 小结
#
# - 欠拟合：训练损失和验证损失都高，而且彼此接近。给模型更大的容量（或者训练更久）。
# - 过拟合：训练损失下降，验证损失却在上升。获取更多数据，把模型缩小，或者用随机失活或 L2 对它做正则化；无论如何，都要用 `EarlyStopping(restore_best_weights=True)` 停在最好的那个轮次。
# - 数据稀少时，用 k 折交叉验证而不是单次的验证划分来衡量模型；比较两个模型时，要在相同的折上逐折比较。
