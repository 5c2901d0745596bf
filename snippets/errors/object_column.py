"""A pandas column holding numbers and text has dtype object."""

import keras
import pandas as pd

RAISES = "ValueError"

table = pd.DataFrame(
    {
        "area": [0.5, "?", 0.8, 1.2],
        "rooms": [2, 3, 3, 4],
        "price": [1.5, 2.1, 2.4, 3.3],
    }
)
print(table.dtypes.astype(str).to_dict())
model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
model.fit(table[["area", "rooms"]], table["price"], verbose=0)
