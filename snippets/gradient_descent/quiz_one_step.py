"""Quiz: one step of gradient descent on (w - 1)**2, rate 0.25, from w = 3."""

w = 3.0
learning_rate = 0.25
gradient = 2 * (w - 1)  # derivative of (w - 1)**2
w = w - learning_rate * gradient
print(w)
