"""One step of batch gradient descent, written out by hand."""

import numpy as np
from sklearn.datasets import load_diabetes

data = load_diabetes()
x = data.data[:, [2, 8]]
x = (x - x.mean(axis=0)) / x.std(axis=0)
y = (data.target - data.target.mean()) / data.target.std()

w = np.array([-1.0, 2.0])  # starting weights
lr = 0.1  # learning rate

for step in range(3):
    error = x @ w - y  # one error per example, all 442 of them
    grad = 2 / len(x) * x.T @ error  # gradient of the mean squared error
    print(f"step {step}: w = {np.round(w, 4)}  loss = {np.mean(error**2):.4f}")
    print(f"        gradient = {np.round(grad, 4)}")
    w = w - lr * grad  # move against the gradient
