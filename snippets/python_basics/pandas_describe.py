"""Summary statistics and per-group means of a DataFrame."""

import pandas as pd
from sklearn.datasets import load_iris

pd.set_option("display.width", 80)
pd.set_option("display.precision", 2)
data = load_iris(as_frame=True)
iris = data.frame
iris.columns = ["sepal_len", "sepal_wid", "petal_len", "petal_wid", "target"]
iris["species"] = data.target_names[iris["target"]]

print(iris.drop(columns="target").describe())
print(iris.groupby("species")[["petal_len", "petal_wid"]].mean())
print(iris["species"].value_counts())
