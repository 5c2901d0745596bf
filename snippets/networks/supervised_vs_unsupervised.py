"""Supervised (logistic regression) and unsupervised (k-means) on iris."""

from sklearn.cluster import KMeans
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.metrics.cluster import contingency_matrix

x, y = load_iris(return_X_y=True)  # 150 flowers, 4 features, 3 species

# Supervised: the species labels are given; the model learns to predict them.
classifier = LogisticRegression(max_iter=1000).fit(x, y)
accuracy = (classifier.predict(x) == y).mean()
print(f"classifier, accuracy on its training data: {accuracy:.4f}")

# Unsupervised: k-means sees only x and numbers its groups as it likes.
kmeans = KMeans(n_clusters=3, n_init=10, random_state=0).fit(x)
print("species of flowers 0, 50, 100:", y[[0, 50, 100]])
print("cluster of flowers 0, 50, 100:", kmeans.labels_[[0, 50, 100]])
print("rows: species, columns: clusters")
print(contingency_matrix(y, kmeans.labels_))
