"""Draw the graph that tf.function traced for y = x * w + b.

zh: tf.function 为 y = x * w + b 追踪出的计算图。
"""

import matplotlib.pyplot as plt
import tensorflow as tf

BACKENDS = ("tensorflow",)  # uses TensorFlow's own API


@tf.function
def affine(x, w, b):
    return x * w + b


spec = tf.TensorSpec(shape=[], dtype=tf.float32)
graph = affine.get_concrete_function(spec, spec, spec).graph

depth, place = {}, {}
for op in graph.get_operations():  # operations come in running order
    level = max((depth[t.op.name] + 1 for t in op.inputs), default=0)
    depth[op.name] = level
    row = sum(1 for d in depth.values() if d == level) - 1
    place[op.name] = (level, -row - 0.5 * level)

fig, ax = plt.subplots(figsize=(6, 2.6))
for op in graph.get_operations():
    for t in op.inputs:
        ax.annotate(
            "",
            place[op.name],
            place[t.op.name],
            arrowprops={"arrowstyle": "->", "shrinkA": 22, "shrinkB": 22},
        )
    box = {"boxstyle": "round", "fc": "mistyrose", "ec": "tab:red"}
    ax.text(
        *place[op.name],
        f"{op.name}\n{op.type}",
        ha="center",
        va="center",
        fontsize=8,
        bbox=box,
    )
ax.set_xlim(-0.5, 3.5)
ax.set_ylim(-2.6, 0.6)
ax.axis("off")
plt.savefig("graph_picture.svg")
