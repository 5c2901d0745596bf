"""Choose a hyperparameter, the learning rate, by the validation loss."""

import keras
from sklearn.datasets import load_diabetes
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

keras.utils.set_random_seed(0)
x, y = load_diabetes(return_X_y=True)
x_train, x_val, y_train, y_val = train_test_split(
    x, y, test_size=0.25, random_state=0
)
# Split first: the scaling statistics come from the training part only
scaler = StandardScaler().fit(x_train)
x_train, x_val = scaler.transform(x_train), scaler.transform(x_val)
y_scale = y_train.std()
y_train, y_val = y_train / y_scale, y_val / y_scale

model = keras.Sequential([keras.Input(shape=(10,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.SGD(), loss="mse")
initial_weights = model.get_weights()

for learning_rate in (0.0001, 0.01, 0.1, 0.2):
    model.set_weights(initial_weights)  # the same start for every candidate
    model.optimizer.learning_rate.assign(learning_rate)
    model.fit(x_train, y_train, epochs=5, batch_size=32, verbose=0)
    val_loss = model.evaluate(x_val, y_val, verbose=0)
    print(f"learning rate {learning_rate:<6}: validation loss {val_loss:.4f}")
