"""A regression target is a number; a classification target is a class."""

from sklearn.datasets import load_diabetes, load_iris

diabetes = load_diabetes()  # disease progression one year later: a number
iris = load_iris()  # the species of a flower: one of three classes

print("regression target:    ", diabetes.target[:5], diabetes.target.dtype)
print("distinct values:      ", len(set(diabetes.target)))
print("classification target:", iris.target[:5], iris.target.dtype)
print(
    "distinct values:      ", len(set(iris.target)), iris.target_names.tolist()
)
