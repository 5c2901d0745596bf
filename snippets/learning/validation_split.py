"""fit(validation_split=...) holds out the last examples to validate on."""

import keras
from sklearn.datasets import load_diabetes
from sklearn.preprocessing import StandardScaler

keras.utils.set_random_seed(0)
x, y = load_diabetes(return_X_y=True)
# validation_split=0.2 holds out the last 20%: fit the scaling on the rest
n_train = int(len(x) * 0.8)
x = StandardScaler().fit(x[:n_train]).transform(x)
y = y / y[:n_train].std()

model = keras.Sequential([keras.Input(shape=(10,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(0.05), loss="mse")
history = model.fit(x, y, validation_split=0.2, epochs=10, verbose=0)
print("history keys:", sorted(history.history))
print(
    f"last epoch: loss {history.history['loss'][-1]:.4f}"
    f"  val_loss {history.history['val_loss'][-1]:.4f}"
)

# The validation set is the last 20%, never used to update the weights.
n_val = len(x) - n_train
loss_on_last = model.evaluate(x[-n_val:], y[-n_val:], verbose=0)
print(f"examples: {len(x)}, validation: the last {n_val}")
print(f"loss on those {n_val}: {loss_on_last:.4f}")
