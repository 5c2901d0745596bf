# %% [markdown] source_blob="c80ce39090c4e977fd9cb19882d831526cb7cb80"
# # 监督学习与无监督学习 · Supervised versus unsupervised learning
#
# 在**监督**学习（supervised learning）中，每个训练样本都带着我们想要的答案，也就是它的标签（label），模型（model）要学会复现这些答案。在**无监督**学习（unsupervised learning）中没有标签：算法只能在输入本身中寻找结构，例如找出彼此相似的样本组成的群组（**聚类**，clustering）。
#
# 本笔记本把同一批手写数字分别交给这两种方法。K 均值聚类（k-means）在从未见过任何标签的情况下，把这些图像分成十组；一个小型 Keras 分类器则用标签来训练。然后我们来看，两者的输出与数字的吻合程度各有多高。

# %%
# %matplotlib inline
# %config InlineBackend.figure_formats = ["svg"]
import keras
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.datasets import load_digits
from sklearn.decomposition import PCA
from sklearn.model_selection import train_test_split

keras.utils.set_random_seed(0)

# %% [markdown]
# ## 数据
#
# 使用 scikit-learn 自带的 8 × 8 手写数字图像，每张展平成 64 个像素值，并缩放到 0 到 1 的范围内。留出四分之一作为测试集（test set），供两种方法共同使用。

# %%
digits = load_digits()
x = digits.data.astype("float32") / 16.0
y = digits.target
x_train, x_test, y_train, y_test = train_test_split(
    x, y, test_size=0.25, random_state=0, stratify=y
)
print("training:", x_train.shape, " test:", x_test.shape)

# %% [markdown]
# ## 无监督：K 均值聚类
#
# K 均值聚类在数据中放置 $k$ 个点，即各个簇的**中心**（centre），然后反复执行两步：先把每张图像分给离它最近的中心，再把每个中心移到分给它的那些图像的均值处。当中心几乎不再移动时，算法停止，这时图像到各自中心的距离平方之和已经变得很小。结果取决于中心从哪里出发，所以 `n_init=10` 让它从十个不同的起点各运行一次，保留最好的结果，而 `random_state` 保证每次运行时这些起点都相同。
#
# 我们要求分成十个簇（cluster），因为我们碰巧知道一共有十个数字。注意，`fit` 只接收 `x_train`：没有标签。

# %%
kmeans = KMeans(n_clusters=10, n_init=10, random_state=0)
kmeans.fit(x_train)
print("images per cluster:", np.bincount(kmeans.labels_))

# %% [markdown]
# 每个中心都是其簇中图像的平均值，所以它本身也可以画成一张 8 × 8 的图像：

# %% alt="K 均值聚类的十个簇中心，画成 8 乘 8 的图像，其中大多数是能认出来的数字"
fig, axes = plt.subplots(1, 10, figsize=(8, 1.2))
for cluster, ax in enumerate(axes):
    ax.imshow(kmeans.cluster_centers_[cluster].reshape(8, 8), cmap="gray_r")
    ax.set_title(f"cluster {cluster}", fontsize=8)
    ax.axis("off")
plt.show()

# %% [markdown]
# 大多数中心都能看出是一个模糊的数字：K 均值从未被告知数字是什么，却找到了大体上与数字相对应的分组，原因很简单，同一个数字的图像往往有相似的像素。有些中心不那么清晰，而且上面打印出的各簇大小相差很大，这已经暗示有些分组混杂了不同的数字。
#
# ## 给簇命名
#
# 簇的编号并不是数字：K 均值给簇编号时没有任何特定的顺序。为了与标签相比较，我们用每个簇的训练图像中最常见的那个数字来给它命名。这一步用到了训练标签，而聚类本身并没有用到。

# %%
cluster_to_digit = np.zeros(10, dtype=int)
for cluster in range(10):
    members = y_train[kmeans.labels_ == cluster]
    cluster_to_digit[cluster] = np.bincount(members, minlength=10).argmax()
print("cluster -> digit:", dict(enumerate(cluster_to_digit.tolist())))

# %% [markdown]
# 在这里，每个数字都恰好成了一个簇的名字，但这一点并没有保证：两个簇可能以同一个数字为多数，那样就会有某个数字根本没有对应的簇。
#
# 现在，把每张测试图像分给离它最近的中心（`predict`），再把该簇对应的数字与真实标签相比较：

# %%
test_clusters = kmeans.predict(x_test)
clustered = cluster_to_digit[test_clusters]
print(
    f"k-means agrees with the labels on {np.mean(clustered == y_test):.3f} of the test images"
)

# %% [markdown]
# 列联表（contingency table）显示了两者在哪些地方对不上：每一行对应一个真实数字，每一列对应一个簇（列标题中带有它被命名的数字），每个单元格是测试图像的个数。

# %%
table = pd.crosstab(
    pd.Series(y_test, name="true digit"),
    pd.Series(test_clusters, name="cluster"),
)
table.columns = [f"{c}:{cluster_to_digit[c]}" for c in table.columns]
print(table)

# %% [markdown]
# 逐行来读。如果某个数字所在的行只有一个大数，而且就在以它命名的那一列，说明这个数字被干净利落地找了出来；数字 0 就是最清楚的例子。有两个大数的行，表示一个数字被分到了两个簇里；有两个大数的列，表示一个簇混杂了两个数字：请看 1、5 和 8 这三行，以及名为 9 的那一列。上面那个吻合率背后的错误就是这些。K 均值只知道像素值之间的距离，而这些 1 中有许多离名为 8 的簇的中心，比离名为 1 的簇的中心更近。
#
# ## 监督：用标签训练的分类器
#
# 同样的训练图像，这一次连同它们的标签，交给一个小型网络，它和[第一篇教程](first_network.ipynb)中的网络类似。

# %%
model = keras.Sequential(
    [
        keras.Input(shape=(64,)),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ]
)
model.compile(
    optimizer="adam",
    loss="sparse_categorical_crossentropy",
    metrics=["accuracy"],
)
model.fit(x_train, y_train, epochs=20, batch_size=64, verbose=0)
_, accuracy = model.evaluate(x_test, y_test, verbose=0)
print(
    f"the classifier agrees with the labels on {accuracy:.3f} of the test images"
)

# %% [markdown]
# 分类器与标签吻合的次数远远多于聚类。但这并不是对 K 均值的否定；两者回答的是不同的问题。分类器被明确告知了什么算作同一个数字，于是学会的正是这种区分。K 均值则只能自己猜测哪些相似之处才重要，在这里，它最终得到的分组与数字很像，但并不完全一致。监督学习需要标签，而标签得有人来制作；作为回报，它学到的正是你所标注的那个任务。无监督学习只需要数据，找到的是数据中最显著的结构，无论那是什么。
#
# ## 画在二维平面上
#
# 主成分分析（principal component analysis，PCA）把 64 个像素值投影到图像变化最大的两个方向上。它同样是无监督的，这里只用来画图。前 200 张测试图像被着色两次：一次按 K 均值把它们分入的簇所命名的数字着色，一次按它们的真实数字着色。

# %% alt="200 张测试数字图像投影到两个主成分上，左图按 K 均值的簇着色，右图按真实数字着色"
pca = PCA(n_components=2).fit(x_train)
points = pca.transform(x_test[:200])  # 200 test images keep the picture light
fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.6), sharey=True)
left.scatter(*points.T, c=clustered[:200], cmap="tab10", vmin=0, vmax=9, s=10)
left.set_title("coloured by k-means cluster (named)")
right.scatter(*points.T, c=y_test[:200], cmap="tab10", vmin=0, vmax=9, s=10)
right.set_title("coloured by true digit")
for ax in (left, right):
    ax.set_xlabel("first component")
left.set_ylabel("second component")
plt.show()

# %% [markdown]
# 两幅图的颜色大部分相同：在数字各自聚成分离的团块的地方，簇与数字一致；在团块相互重叠的地方，两者就有出入。（二维只保留了 64 个像素值所含信息的一部分，所以这只是一个粗略的视图，并不是 K 均值实际工作的那个空间。）
#
# ## 小结
#
# - 监督学习（分类、回归）学习从输入到给定答案的映射；它的好坏要在测试集上对照这些答案来衡量。
# - 无监督学习（聚类、PCA）只拿到输入，并描述输入的结构；它找出的分组在有人查看之前，是没有名字的。
# - 这里只用标签来评判结果和给簇命名，这是检验聚类是否找到了有意义的东西的常用方法。
