"""A data set as features (the inputs x) and labels (the answers y)."""

from sklearn.datasets import load_iris

iris = load_iris(as_frame=True)
x, y = iris.data, iris.target  # a table of features, a column of labels

print("features:", x.shape, " labels:", y.shape)
print(x.head(3).to_string())
print("labels of those rows:", y.head(3).tolist())
print("what the label numbers mean:", iris.target_names.tolist())
