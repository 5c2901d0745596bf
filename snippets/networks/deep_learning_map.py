"""Draw the map of deep learning: five groups of concepts, and their links.

zh: 深度学习地图：五组概念以及它们之间的联系。
"""

import matplotlib.pyplot as plt
from matplotlib.patches import FancyBboxPatch

boxes = {  # title: the concepts in it
    "1  The task": "supervised learning:\nclassification, regression\n"
    "unsupervised learning:\nclustering",
    "2  The data": "features and labels\ntraining set, test set\n"
    "data normalization",
    "3  The model": "neuron: y = f(w·x + b)\nactivation function\n"
    "fully connected (MLP),\nconvolutional, recurrent",
    "4  Learning": "loss function\nbackpropagation\ngradient descent",
    "5  Judging the model": "test set, cross-validation\n"
    "underfitting, overfitting",
}
centres = [(2.0, 5.6), (7.0, 5.6), (2.0, 2.9), (7.0, 2.9), (4.5, -0.3)]
colours = ["#fde0dd", "#e5f5e0", "#deebf7", "#fff7bc", "#efedf5"]
arrows = [  # from (x, y), to (x, y), label, where the label goes
    ((3.9, 5.9), (5.1, 5.9), "picks the\nlabels", (4.5, 6.0)),
    ((5.6, 4.5), (3.4, 4.0), "inputs x", (4.5, 4.35)),
    ((7.0, 4.5), (7.0, 4.0), "labels y", (7.6, 4.1)),
    ((3.9, 3.3), (5.1, 3.3), "predictions", (4.5, 3.4)),
    ((5.1, 2.5), (3.9, 2.5), "new weights", (4.5, 2.6)),
    ((2.0, 1.85), (2.7, 0.75), "trained model", (1.2, 1.2)),
]

fig, ax = plt.subplots(figsize=(7, 5.6))
for i, (title, text) in enumerate(boxes.items()):
    x, y = centres[i]
    corner = (x - 1.8, y - 1.0)
    ax.add_patch(
        FancyBboxPatch(corner, 3.6, 2.0, "round,pad=0.05", fc=colours[i])
    )
    ax.text(x, y + 0.8, title, ha="center", va="top", weight="bold")
    ax.text(x, y + 0.35, text, ha="center", va="top", fontsize=9)
for start, end, label, (x, y) in arrows:
    ax.annotate("", end, start, arrowprops={"arrowstyle": "-|>", "lw": 1.5})
    ax.text(x, y, label, ha="center", va="bottom", fontsize=8, style="italic")
ax.set_xlim(0, 9)
ax.set_ylim(-1.4, 6.7)
ax.axis("off")
plt.savefig("deep_learning_map.svg")
