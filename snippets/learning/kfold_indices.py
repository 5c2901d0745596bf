"""Which examples each fold of a 5-fold cross-validation holds out."""

import numpy as np
from sklearn.model_selection import KFold

x = np.arange(10)  # 10 examples, numbered 0 to 9
kfold = KFold(n_splits=5, shuffle=True, random_state=0)

for fold, (train_idx, val_idx) in enumerate(kfold.split(x)):
    print(f"fold {fold}: validate on {val_idx}, train on {train_idx}")

held_out = np.concatenate([val for _, val in kfold.split(x)])
print(
    "every example validated exactly once:",
    np.array_equal(np.sort(held_out), x),
)
