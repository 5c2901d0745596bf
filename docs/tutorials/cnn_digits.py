# %% [markdown]
# # A small convolutional network · 小型卷积神经网络
#
# The [first tutorial](first_network.ipynb) read the digits with a multilayer
# perceptron: every image flattened into 64 numbers, every hidden neuron connected to
# all of them. That model does not know that pixel 9 sits just below pixel 1; shuffle
# the 64 columns the same way in every image and it learns just as well.
#
# A **convolutional network** (CNN) builds the layout of an image into the model. A
# convolutional layer slides small filters, here 3 × 3 pixels, over the image and
# computes the same weighted sum at every position. The filter's weights are shared
# across the whole image, so a stroke is recognised wherever it appears, with far
# fewer weights than a dense layer needs.
#
# This notebook trains a small CNN on the same digits and the same split as the
# first tutorial, and compares it with the same MLP.

# %%
# %matplotlib inline
# %config InlineBackend.figure_formats = ["svg"]
import keras
import matplotlib.pyplot as plt
from sklearn.datasets import load_digits
from sklearn.model_selection import train_test_split

keras.utils.set_random_seed(0)

# %% [markdown]
# ## The same data and split
#
# The split repeats the first tutorial's exactly (same proportions, same
# `random_state`): a training set to learn from, a validation set to make choices on,
# and a test set used once at the end.

# %%
digits = load_digits()
x = digits.data.astype("float32") / 16.0  # pixel values 0..16 scaled to 0..1
y = digits.target
x_rest, x_test, y_rest, y_test = train_test_split(
    x, y, test_size=0.2, random_state=0, stratify=y
)
x_train, x_val, y_train, y_val = train_test_split(
    x_rest, y_rest, test_size=0.25, random_state=0, stratify=y_rest
)
print(
    "training:",
    x_train.shape,
    " validation:",
    x_val.shape,
    " test:",
    x_test.shape,
)

# %% [markdown]
# ## Images as images: channels_last
#
# A convolutional layer wants each example as an image: height, width and a number
# of **channels** (3 for a colour image, one per colour; 1 for a grey one). Keras
# puts the channels on the last axis by default, the *channels_last* layout, so a
# batch of our grey digits must have the shape (number of images, 8, 8, 1).
# `reshape` gives the flat rows that shape without changing a single number: the 64
# values of a row are the 8 rows of the image, one after the other.

# %%
print("Keras layout:", keras.config.image_data_format())


def as_images(rows):
    return rows.reshape(-1, 8, 8, 1)  # -1: as many images as there are rows


img_train, img_val, img_test = (
    as_images(x_train),
    as_images(x_val),
    as_images(x_test),
)
print("flat:", x_train.shape, " -> images:", img_train.shape)

# %% [markdown]
# ## The two models
#
# Both end with the same output layer, 10 neurons with a softmax, and both are
# compiled the same way (the function `compiled` below), so the only difference
# is what comes before it.
#
# The **MLP** is the first tutorial's: one hidden `Dense` layer of 32 neurons.
#
# The **CNN** has:
#
# - a `Conv2D` layer with 16 filters of 3 × 3 pixels. Without padding, a 3 × 3
#   filter fits in 6 × 6 positions of an 8 × 8 image, so the layer outputs 16 maps
#   of 6 × 6, one per filter, each showing where its filter responds;
# - a `MaxPooling2D` layer that keeps the largest value of every 2 × 2 block, halving
#   the maps to 3 × 3: a small shift of the digit then matters less;
# - `Flatten`, which lines the 3 × 3 × 16 numbers up for the output layer.


# %%
def compiled(model):
    model.compile(
        optimizer=keras.optimizers.Adam(learning_rate=0.01),
        loss="sparse_categorical_crossentropy",
        metrics=["accuracy"],
    )
    return model


mlp = compiled(
    keras.Sequential(
        [
            keras.Input(shape=(64,)),
            keras.layers.Dense(32, activation="relu"),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
)
cnn = compiled(
    keras.Sequential(
        [
            keras.Input(shape=(8, 8, 1)),  # height, width, channels
            keras.layers.Conv2D(16, kernel_size=3, activation="relu"),
            keras.layers.MaxPooling2D(pool_size=2),
            keras.layers.Flatten(),
            keras.layers.Dense(10, activation="softmax"),
        ]
    )
)
cnn.summary()

# %% [markdown]
# The summary follows the shapes through the network: `None` is the batch axis, then
# 6 × 6 × 16 after the convolution, 3 × 3 × 16 after pooling, 144 numbers after
# flattening. It also counts the parameters. Each filter has 3 × 3 × 1 weights and
# one bias, so the convolution needs only 160 parameters for all 16 filters, however
# large the image; most of the CNN's parameters are in its output layer.
#
# ## Training both
#
# Both models are trained in the same way: 10 epochs in mini-batches of 64, with
# `verbose=0` to keep progress bars off the page. The MLP gets the flat rows, the
# CNN the same numbers shaped as images.

# %%
mlp_history = mlp.fit(x_train, y_train, epochs=10, batch_size=64, verbose=0)
cnn_history = cnn.fit(img_train, y_train, epochs=10, batch_size=64, verbose=0)
print("training accuracy after the last epoch:")
print(f"  MLP {mlp_history.history['accuracy'][-1]:.3f}")
print(f"  CNN {cnn_history.history['accuracy'][-1]:.3f}")

# %% [markdown]
# ## Side by side
#
# The validation accuracy is what we would use to choose between the two; the test
# accuracy, measured once, estimates how the models do on new digits; "wrong" counts
# the test images each model misreads. The MLP is retrained here, so its scores can
# differ slightly from the first tutorial's.

# %%
rows = [
    ("MLP", mlp, x_val, x_test),
    ("CNN", cnn, img_val, img_test),
]
print("test images:", len(y_test))
print(
    f"{'model':<5}{'parameters':>12}{'validation':>12}{'test':>7}{'wrong':>7}"
)
for name, model, val_inputs, test_inputs in rows:
    val_accuracy = model.evaluate(val_inputs, y_val, verbose=0)[1]
    test_accuracy = model.evaluate(test_inputs, y_test, verbose=0)[1]
    wrong = round((1 - test_accuracy) * len(y_test))
    print(
        f"{name:<5}{model.count_params():>12,}{val_accuracy:>12.3f}"
        f"{test_accuracy:>7.3f}{wrong:>7}"
    )

# %% [markdown]
# The two models score almost the same, on the validation set and on the test set:
# the difference is a test image or so (the last column), too little to call a
# winner on a few hundred images. What clearly differs is the size: the CNN gets
# there with fewer parameters than the MLP, because one small filter is reused at
# every position of the image instead of a separate weight for every pixel and
# neuron.
#
# On 8 × 8 digits that saving is modest, and the MLP is a strong competitor: the
# images are tiny, centred and cleaned up. The gap grows with the image. A neuron
# of a dense layer needs one weight per input value, so on a photo with hundreds of
# thousands of values every hidden neuron needs hundreds of thousands of weights,
# while a 3 × 3 filter on a colour image still needs 3 × 3 × 3 weights and a bias.
# That saving, and a filter that finds its pattern wherever it occurs, made convolution
# the standard building block of image models for a decade. Since about 2020, vision
# transformers, which cut an image into patches and relate every patch to every
# other, compete with convolutional networks, above all when there is a great deal of
# training data.
#
# ## What the filters respond to
#
# A convolutional layer can be called on its own, like a function. Here are the 16
# maps that the trained `Conv2D` layer makes from the first test image: each map is
# bright where its filter found the pattern it has learned to detect, such as an edge
# in one direction or the end of a stroke, and a map that stays dark everywhere means
# its filter found nothing to respond to in this image.

# %% alt="One test digit and the 16 feature maps that the convolutional layer computes from it"
image = img_test[:1]  # a batch of one image: shape (1, 8, 8, 1)
maps = keras.ops.convert_to_numpy(cnn.layers[0](image))[0]  # (6, 6, 16)
fig, axes = plt.subplots(2, 9, figsize=(7, 1.8))
axes[0, 0].imshow(image[0, :, :, 0], cmap="gray_r")
axes[0, 0].set_title(f"a {y_test[0]}", fontsize=9)
axes[1, 0].set_visible(False)
for k, ax in enumerate(axes[:, 1:].flat):
    ax.imshow(maps[:, :, k], cmap="magma")
for ax in axes.flat:
    ax.axis("off")
plt.show()

# %% [markdown]
# ## What to try next
#
# - Use `padding="same"` in `Conv2D`: the maps stay 8 × 8. How do the shapes and
#   the number of parameters in the summary change?
# - Give the CNN a second `Conv2D` layer before the pooling, and let the validation
#   set decide whether it helps.
