"""Sigmoid and softmax from scipy.special, two activation functions."""

import numpy as np
from scipy.special import expit, softmax

z = np.array([-2.0, 0.0, 2.0])
print("sigmoid:", expit(z).round(4))  # 1 / (1 + exp(-z)), between 0 and 1

scores = np.array([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
p = softmax(scores, axis=1)  # one probability distribution per row
print(p.round(4))
print("each row sums to:", p.sum(axis=1).round(4))
