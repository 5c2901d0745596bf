"""Split the digits into training, validation and test sets."""

from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

x, y = load_digits(return_X_y=True)

# First hold out 20% as the test set, then 25% of the rest for validation.
x_rest, x_test, y_rest, y_test = train_test_split(
    x, y, test_size=0.2, random_state=0, stratify=y
)
x_train, x_val, y_train, y_val = train_test_split(
    x_rest, y_rest, test_size=0.25, random_state=0, stratify=y_rest
)

print("all:       ", x.shape)
print("training:  ", x_train.shape)
print("validation:", x_val.shape)
print("test:      ", x_test.shape)
