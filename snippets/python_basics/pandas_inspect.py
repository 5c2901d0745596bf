"""Load a bundled data set as a pandas DataFrame and look at it."""

import pandas as pd
from sklearn.datasets import load_iris

pd.set_option("display.width", 80)
iris = load_iris(as_frame=True).frame  # a table: one row per flower
iris.columns = ["sepal_len", "sepal_wid", "petal_len", "petal_wid", "target"]

print(iris.shape)
print(iris.head())
print(iris.dtypes)
