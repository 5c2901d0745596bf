"""k-means minimises the squared distance from each point to its centre."""

import numpy as np
from sklearn.cluster import KMeans
from sklearn.datasets import load_iris

x = load_iris().data

for k in (1, 2, 3, 4):
    kmeans = KMeans(n_clusters=k, n_init=10, random_state=0).fit(x)
    centres = kmeans.cluster_centers_[kmeans.labels_]  # each point's centre
    by_hand = np.sum((x - centres) ** 2)
    print(f"k={k}: by hand {by_hand:8.4f}  inertia_ {kmeans.inertia_:8.4f}")
