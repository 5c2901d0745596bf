"""A confusion matrix with scikit-learn, and the accuracy read from it."""

import numpy as np
from sklearn.metrics import confusion_matrix

# true and predicted classes of 10 examples: 0 = cat, 1 = dog, 2 = bird
y_true = np.array([0, 0, 0, 1, 1, 1, 1, 2, 2, 2])
y_pred = np.array([0, 0, 1, 1, 1, 1, 0, 2, 2, 1])

cm = confusion_matrix(y_true, y_pred)  # rows: true class, columns: predicted
print(cm)
print("correct per class (diagonal):", np.diag(cm))
print("dogs taken for cats (row 1, column 0):", cm[1, 0])
print(
    f"accuracy = trace / total = {np.trace(cm)} / {cm.sum()}"
    f" = {np.trace(cm) / cm.sum():.4f}"
)
