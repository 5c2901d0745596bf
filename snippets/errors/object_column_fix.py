"""to_numeric turns the text into NaN; dropna removes those rows."""

import pandas as pd

table = pd.DataFrame({"area": [0.5, "?", 0.8, 1.2], "rooms": [2, 3, 3, 4]})
table["area"] = pd.to_numeric(table["area"], errors="coerce")
print(table.dtypes.astype(str).to_dict())
print("rows with a missing value:", int(table.isna().any(axis=1).sum()))
table = table.dropna()
print("as float32:", table.to_numpy("float32").shape)
