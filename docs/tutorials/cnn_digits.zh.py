# %% [markdown] source_blob="fa0f3d45ff39ab0f2625d86ff94db26375907823"
# # 小型卷积网络 · A small convolutional network
#
# [第一篇教程](first_network.ipynb)用多层感知器（multilayer perceptron，MLP）识别手写数字：每张图像都被展平成 64 个数，每个隐藏神经元（neuron）都与这 64 个数全部相连。这个模型（model）并不知道像素 9 就在像素 1 的正下方；如果把每张图像的 64 列都按同一种方式打乱，它照样学得一样好。
#
# **卷积神经网络**（convolutional neural network，CNN）把图像的空间布局直接构建进模型。卷积层让小型滤波器（filter，这里是 3 × 3 像素）在图像上滑动，在每个位置上计算同样的加权和。滤波器的权重（weight）在整张图像上共享，所以一个笔画无论出现在哪里都能被认出来，需要的权重也比全连接层（dense layer）少得多。
#
# 本笔记本在与第一篇教程相同的手写数字、相同的数据划分上训练一个小型 CNN，并把它与同样的 MLP 相比较。

# %%
# %matplotlib inline
# %config InlineBackend.figure_formats = ["svg"]
import keras
import matplotlib.pyplot as plt
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

keras.utils.set_random_seed(0)

# %% [markdown]
# ## 相同的数据与划分
#
# 这里的划分与第一篇教程完全相同（比例相同，`random_state` 也相同）：训练集（training set）用来学习，验证集（validation set）用来做选择，测试集（test set）只在最后使用一次。

# %%
digits = load_digits()
x = digits.data.astype("float32") / 16.0  # pixel values 0..16 scaled to 0..1
y = digits.target
x_rest, x_test, y_rest, y_test = train_test_split(
    x, y, test_size=0.2, random_state=0, stratify=y
)
x_train, x_val, y_train, y_val = train_test_split(
    x_rest, y_rest, test_size=0.25, random_state=0, stratify=y_rest
)
print(
    "training:",
    x_train.shape,
    " validation:",
    x_val.shape,
    " test:",
    x_test.shape,
)

# %% [markdown]
# ## 把图像当作图像：channels_last
#
# 卷积层要求每个样本都是一张图像：有高度、宽度和若干个**通道**（channel，彩色图像有 3 个，每种颜色一个；灰度图像只有 1 个）。Keras 默认把通道放在最后一个轴（axis）上，即*通道在后*（channels_last）布局，所以一批灰度数字图像的形状（shape）必须是 (图像数, 8, 8, 1)。`reshape` 把扁平的行变成这个形状，而不改动任何一个数：一行中的 64 个值，就是图像的 8 行依次首尾相接。

# %%
print("Keras layout:", keras.config.image_data_format())


def as_images(rows):
    return rows.reshape(-1, 8, 8, 1)  # -1: as many images as there are rows


img_train, img_val, img_test = (
    as_images(x_train),
    as_images(x_val),
    as_images(x_test),
)
print("flat:", x_train.shape, " -> images:", img_train.shape)

# %% [markdown]
# ## 两个模型
#
# 两个模型都以同样的输出层结尾，即 10 个使用 softmax（归一化指数函数）的神经元，编译方式也完全相同（见下面的函数 `compiled`），所以唯一的区别在于输出层之前的部分。
#
# **MLP** 就是第一篇教程中的那个：一个有 32 个神经元的隐藏 `Dense` 层。
#
# **CNN** 包括：
#
# - 一个 `Conv2D` 层，有 16 个 3 × 3 像素的滤波器。不做填充（padding）时，3 × 3 的滤波器在 8 × 8 的图像中能放在 6 × 6 个位置上，所以这一层输出 16 张 6 × 6 的特征图（feature map），每个滤波器一张，显示该滤波器在哪些位置产生响应；
# - 一个 `MaxPooling2D` 层，保留每个 2 × 2 区块中的最大值，把特征图缩小一半，变成 3 × 3：这样一来，数字稍微平移一点，影响就小了；
# - `Flatten`，把 3 × 3 × 16 个数排成一行，交给输出层。


# %%
def compiled(model):
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.01),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


mlp = compiled(
    keras.Sequential(
        [
            keras.Input(shape=(64,)),
            keras.layers.Dense(32, activation="relu"),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
)
cnn = compiled(
    keras.Sequential(
        [
            keras.Input(shape=(8, 8, 1)),  # height, width, channels
            keras.layers.Conv2D(16, kernel_size=3, activation="relu"),
            keras.layers.MaxPooling2D(pool_size=2),
            keras.layers.Flatten(),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
)
cnn.summary()

# %% [markdown]
# 摘要沿着网络逐层列出形状：`None` 是批（batch，也称批次）所在的轴，卷积之后是 6 × 6 × 16，池化（pooling，也称汇聚）之后是 3 × 3 × 16，展平之后是 144 个数。它还统计了参数的个数。每个滤波器有 3 × 3 × 1 个权重和一个偏置（bias），所以无论图像多大，卷积层的全部 16 个滤波器加起来只需要 160 个参数；CNN 的大部分参数都在输出层。
#
# ## 训练两个模型
#
# 两个模型用同样的方式训练：10 个轮次（epoch，也称“轮”），小批量（mini-batch）大小为 64，并设置 `verbose=0`，不让进度条出现在页面上。MLP 接收扁平的行，CNN 接收同样的数，只是排成了图像的形状。

# %%
mlp_history = mlp.fit(x_train, y_train, epochs=10, batch_size=64, verbose=0)
cnn_history = cnn.fit(img_train, y_train, epochs=10, batch_size=64, verbose=0)
print("training accuracy after the last epoch:")
print(f"  MLP {mlp_history.history['accuracy'][-1]:.3f}")
print(f"  CNN {cnn_history.history['accuracy'][-1]:.3f}")

# %% [markdown]
# ## 并排比较
#
# 我们会根据验证准确率（accuracy）在两个模型之间做选择；测试准确率只测一次，用来估计模型在新数字上的表现；“wrong”一列统计每个模型认错的测试图像数。这里重新训练了 MLP，所以它的分数可能与第一篇教程中的略有不同。

# %%
rows = [
    ("MLP", mlp, x_val, x_test),
    ("CNN", cnn, img_val, img_test),
]
print("test images:", len(y_test))
print(
    f"{'model':<5}{'parameters':>12}{'validation':>12}{'test':>7}{'wrong':>7}"
)
for name, model, val_inputs, test_inputs in rows:
    val_accuracy = model.evaluate(val_inputs, y_val, verbose=0)[1]
    test_accuracy = model.evaluate(test_inputs, y_test, verbose=0)[1]
    wrong = round((1 - test_accuracy) * len(y_test))
    print(
        f"{name:<5}{model.count_params():>12,}{val_accuracy:>12.3f}"
        f"{test_accuracy:>7.3f}{wrong:>7}"
    )

# %% [markdown]
# 两个模型的得分几乎一样，无论是在验证集上还是在测试集上：差别大约只有一张测试图像（见最后一列），在区区几百张图像上，这点差别太小，分不出胜负。明显不同的是模型的大小：CNN 用比 MLP 更少的参数达到了同样的水平，因为同一个小滤波器在图像的每个位置上重复使用，而不是为每个像素和每个神经元各配一个单独的权重。
#
# 在 8 × 8 的数字上，这种节省并不大，而且 MLP 是很强的对手：这些图像很小，已经居中，也经过了清理。图像越大，差距就越大。全连接层的一个神经元对每个输入值都需要一个权重，所以在一张有几十万个值的照片上，每个隐藏神经元都需要几十万个权重；而在彩色图像上，一个 3 × 3 的滤波器仍然只需要 3 × 3 × 3 个权重和一个偏置。正是这种节省，再加上滤波器无论模式出现在哪里都能把它找出来，让卷积在十年间一直是图像模型的标准构件。大约从 2020 年起，视觉 Transformer（vision transformer）开始与卷积网络竞争，尤其是在训练数据非常多的时候；它把图像切成小块（patch），并让每一块与其他所有块建立联系。
#
# ## 滤波器对什么产生响应
#
# 卷积层可以像函数一样单独调用。下面是训练好的 `Conv2D` 层根据第一张测试图像生成的 16 张特征图：在每张图中，凡是它的滤波器找到了自己学会检测的模式（例如某个方向上的边缘，或者笔画的末端）的地方，都会亮起来；一张处处都暗的图，说明它的滤波器在这张图像里没有找到可以响应的东西。

# %% alt="一张测试数字图像，以及卷积层根据它计算出的 16 张特征图"
image = img_test[:1]  # a batch of one image: shape (1, 8, 8, 1)
maps = keras.ops.convert_to_numpy(cnn.layers[0](image))[0]  # (6, 6, 16)
fig, axes = plt.subplots(2, 9, figsize=(7, 1.8))
axes[0, 0].imshow(image[0, :, :, 0], cmap="gray_r")
axes[0, 0].set_title(f"a {y_test[0]}", fontsize=9)
axes[1, 0].set_visible(False)
for k, ax in enumerate(axes[:, 1:].flat):
    ax.imshow(maps[:, :, k], cmap="magma")
for ax in axes.flat:
    ax.axis("off")
plt.show()

# %% [markdown]
# ## 接下来可以试试
#
# - 在 `Conv2D` 中使用 `padding="same"`：特征图会保持 8 × 8。摘要中的形状和参数个数会怎样变化？
# - 在池化之前给 CNN 再加一个 `Conv2D` 层，让验证集来判断它是否有帮助。
