# %% [markdown]
# # Supervised versus unsupervised learning · 监督学习与无监督学习
#
# In **supervised** learning every training example comes with the answer we want,
# its label, and the model learns to reproduce the answers. In **unsupervised**
# learning there are no labels: the algorithm can only look for structure in the
# inputs themselves, for example groups of examples that resemble each other
# (**clustering**).
#
# This notebook gives the same handwritten digits to both. k-means clustering sorts
# the images into ten groups without ever seeing a label; a small Keras classifier is
# trained with the labels. Then we ask how well each one's output matches the digits.

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
# ## The data
#
# The 8 × 8 digit images from scikit-learn, each flattened into 64 pixel values and
# scaled to the range 0 to 1. A quarter is kept aside as a test set for both methods.

# %%
digits = load_digits()
x = digits.data.astype("float32") / 16.0
y = digits.target
x_train, x_test, y_train, y_test = train_test_split(
    x, y, test_size=0.25, random_state=0, stratify=y
)
print("training:", x_train.shape, " test:", x_test.shape)

# %% [markdown]
# ## Unsupervised: k-means
#
# k-means places $k$ points, the cluster **centres**, among the data and repeats two
# steps: assign every image to its nearest centre, then move each centre to the mean
# of the images assigned to it. It stops when the centres hardly move any more,
# having made the sum of squared distances from images to their centres small. The result depends on where
# the centres start, so `n_init=10` runs it from ten starts and keeps the best, and
# `random_state` makes those starts the same on every run.
#
# We ask for ten clusters, because we happen to know there are ten digits. Note that
# `fit` receives `x_train` only: no labels.

# %%
kmeans = KMeans(n_clusters=10, n_init=10, random_state=0)
kmeans.fit(x_train)
print("images per cluster:", np.bincount(kmeans.labels_))

# %% [markdown]
# Each centre is the average of the images in its cluster, so it can be drawn as an
# 8 × 8 image itself:

# %% alt="The ten k-means cluster centres drawn as 8 by 8 images, most of them recognisable digits"
fig, axes = plt.subplots(1, 10, figsize=(8, 1.2))
for cluster, ax in enumerate(axes):
    ax.imshow(kmeans.cluster_centers_[cluster].reshape(8, 8), cmap="gray_r")
    ax.set_title(f"cluster {cluster}", fontsize=8)
    ax.axis("off")
plt.show()

# %% [markdown]
# Most centres are recognisably a blurred digit: k-means, which has never been told
# what a digit is, has found groups that mostly follow the digits, simply because
# images of the same digit tend to have similar pixels. Some centres are less clear, and the cluster sizes
# printed above are far from equal, which already hints that some groups mix digits.
#
# ## Giving the clusters names
#
# A cluster number is not a digit: k-means numbers its clusters in no particular
# order. To compare with the labels we name each cluster after the digit that is most
# common among its training images. This step uses the training labels; the
# clustering itself did not.

# %%
cluster_to_digit = np.zeros(10, dtype=int)
for cluster in range(10):
    members = y_train[kmeans.labels_ == cluster]
    cluster_to_digit[cluster] = np.bincount(members, minlength=10).argmax()
print("cluster -> digit:", dict(enumerate(cluster_to_digit.tolist())))

# %% [markdown]
# Here every digit ended up as the name of exactly one cluster, but nothing
# guarantees that: two clusters can share a majority digit, and then some digit has
# no cluster at all.
#
# Now each test image is assigned to its nearest centre (`predict`), and the cluster's
# digit is compared with the true label:

# %%
test_clusters = kmeans.predict(x_test)
clustered = cluster_to_digit[test_clusters]
print(
    f"k-means agrees with the labels on {np.mean(clustered == y_test):.3f} of the test images"
)

# %% [markdown]
# A contingency table shows where the agreement breaks down: one row per true digit,
# one column per cluster (headed by the digit it was named after), each cell counting
# the test images.

# %%
table = pd.crosstab(
    pd.Series(y_test, name="true digit"),
    pd.Series(test_clusters, name="cluster"),
)
table.columns = [f"{c}:{cluster_to_digit[c]}" for c in table.columns]
print(table)

# %% [markdown]
# Read it row by row. A digit whose row has one large number, in the column named
# after it, was found cleanly; the zeros are the clearest example. Rows with two large
# numbers show a digit split over two clusters, and columns with two large numbers
# show a cluster that mixes two digits: look at the rows of 1, 5 and 8, and at the
# column named 9. Those are the errors behind the agreement figure above. k-means only
# knows distances between pixel values, and many of those 1s are nearer to the centre
# of the cluster named 8 than to the centre of the one named 1.
#
# ## Supervised: a classifier trained with the labels
#
# The same training images, this time with their labels, go to a small network like
# the one in the [first tutorial](first_network.ipynb).

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
# The classifier matches the labels far more often than the clusters do. That is not
# a verdict on k-means; the two answer different questions. The classifier was shown
# what counts as the same digit and learned exactly that distinction. k-means had to
# guess which similarities matter, and here it settled on a grouping that
# resembles the digits well but not perfectly. Supervised learning needs labels, which
# someone has to produce, and in return it learns the task you labelled. Unsupervised
# learning needs only the data, and finds whatever structure is strongest in it.
#
# ## A picture in two dimensions
#
# Principal component analysis (PCA) projects the 64 pixel values onto the two
# directions along which the images vary most. It is unsupervised too, and only used
# here for drawing. The first 200 test images are coloured twice: by the digit named
# after the cluster k-means put them in, and by their true digit.

# %% alt="200 test digits projected on two principal components, coloured on the left by k-means cluster and on the right by true digit"
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
# The two pictures share most of their colours: the clusters follow the digits where
# the digits form separate clumps, and differ where the clumps overlap. (Two
# dimensions keep only part of what 64 pixel values say, so this is a rough view, not
# the space in which k-means worked.)
#
# ## In short
#
# - Supervised learning (classification, regression) learns a mapping from inputs to
#   given answers; its quality is measured against those answers on a test set.
# - Unsupervised learning (clustering, PCA) gets inputs only and describes their
#   structure; its groups have no names until someone looks at them.
# - The labels were used here only to judge and to name the clusters, a common way to
#   check whether a clustering found something meaningful.
