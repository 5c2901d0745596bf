"""model.fit takes a DataFrame directly, but only columns that hold numbers."""

import io

import keras
import pandas as pd

# A small file in which one missing area was written as "?".
text = "area,rooms,price\n0.5,2,1.5\n?,3,2.1\n0.8,3,2.4\n1.2,4,3.3\n"
table = pd.read_csv(io.StringIO(text))
print("column dtypes:", table.dtypes.astype(str).to_dict())

keras.utils.set_random_seed(0)
model = keras.Sequential([keras.Input(shape=(2,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")

x, y = table[["area", "rooms"]], table["price"]
# pandas 3 reads text as str; pandas 2, and columns of mixed values, use object.
for kind in ("str", "object"):
    try:
        model.fit(x.astype({"area": kind}), y, verbose=0)
    except ValueError as error:
        print(f"{kind:<6} column refused: {type(error).__name__}: {error}")

# to_numeric turns the "?" into NaN, and dropna removes that row.
table["area"] = pd.to_numeric(table["area"], errors="coerce")
table = table.dropna()
x, y = table[["area", "rooms"]], table["price"]
history = model.fit(x, y, epochs=5, verbose=0)  # a DataFrame and a Series
print("after cleaning:", table.dtypes.astype(str).to_dict())
print(f"fit on a {type(x).__name__}: loss {history.history['loss'][-1]:.4f}")
