"""Draw the layer graph of a two-input, two-output functional model.

zh: 一个两输入、两输出的函数式模型的层图。
"""

import keras
import matplotlib.pyplot as plt

image = keras.Input(shape=(8, 8, 1), name="image")
extra = keras.Input(shape=(2,), name="extra")
x = keras.layers.Conv2D(4, 3, activation="relu")(image)
x = keras.layers.Flatten()(x)
x = keras.layers.Concatenate()([x, extra])
digit = keras.layers.Dense(10, activation="softmax", name="digit")(x)
size = keras.layers.Dense(1, name="size")(x)
model = keras.Model(inputs=[image, extra], outputs=[digit, size])

maker, place, parents = {}, {}, {}  # which layer made each tensor; positions
for layer in model.layers:  # in an order where inputs come first
    maker[id(layer.output)] = layer.name
    is_input = isinstance(layer, keras.layers.InputLayer)
    inputs = [] if is_input else keras.tree.flatten(layer.input)
    parents[layer.name] = [maker[id(t)] for t in inputs]
    level = max((place[p][0] + 1 for p in parents[layer.name]), default=0)
    row = sum(1 for col, _ in place.values() if col == level)
    place[layer.name] = (level, -row)

fig, ax = plt.subplots(figsize=(6.4, 2.2))
for name, (col, row) in place.items():
    for parent in parents[name]:
        arrow = {"arrowstyle": "->", "shrinkA": 24, "shrinkB": 24}
        ax.annotate("", (col, row), place[parent], arrowprops=arrow)
    shape = str(model.get_layer(name).output.shape)
    box = {"boxstyle": "round", "fc": "mistyrose", "ec": "tab:red"}
    style = {"ha": "center", "va": "center", "fontsize": 7, "bbox": box}
    ax.text(col, row, f"{name}\n{shape}", **style)
ax.set_xlim(-0.5, 4.5)
ax.set_ylim(-1.5, 0.5)
ax.axis("off")
plt.savefig("model_graph.svg")
