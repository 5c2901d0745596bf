"""Five-fold cross-validation of a classifier with cross_val_score."""

from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

x, y = load_iris(return_X_y=True)
model = make_pipeline(StandardScaler(), LogisticRegression())

scores = cross_val_score(model, x, y, cv=5)  # 5 fits, each tested on 1/5
print("accuracy per fold:", scores.round(4))
print(f"mean: {scores.mean():.4f}  spread: {scores.std():.4f}")
