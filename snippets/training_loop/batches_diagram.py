"""Draw how 100 examples fall into batches of 32, with and without a split.

zh: 100 个样本如何分成大小为 32 的批，分出验证集与不分两种情况。
"""

import matplotlib.pyplot as plt

n, batch_size = 100, 32
centred = {"ha": "center", "va": "center", "fontsize": 8}
fig, ax = plt.subplots(figsize=(7, 2.4))
for row, split in enumerate([0.0, 0.2]):
    n_train = int(n * (1 - split))  # validation examples come off the end
    sizes = []
    for step, start in enumerate(range(0, n_train, batch_size)):
        size = min(batch_size, n_train - start)  # the last batch may be short
        sizes.append(size)
        ax.broken_barh(
            [(start, size)], (row - 0.35, 0.7), color=f"C{step}", alpha=0.6
        )
        label = f"step {step}\n{size}" if size > 8 else str(size)  # narrow bar
        ax.text(start + size / 2, row, label, **centred)
    if n_train < n:
        ax.broken_barh(
            [(n_train, n - n_train)], (row - 0.35, 0.7), color="0.85"
        )
        ax.text((n + n_train) / 2, row, "validation", **centred)
    print(f"validation_split={split}: batch sizes {sizes}")
ax.set_yticks([0, 1], ["no split", "validation_split=0.2"])
ax.set(
    xlabel="examples, in the order an epoch visits them",
    xlim=(0, n),
    ylim=(1.5, -0.5),
)
ax.grid(False)
plt.savefig("batches_diagram.svg")
