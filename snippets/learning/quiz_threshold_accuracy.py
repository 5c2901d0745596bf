"""Quiz: the binary accuracy of four predicted probabilities."""

import keras

labels = [0, 1, 0, 0]
probabilities = [0.4, 0.6, 0.51, 0.2]
accuracy = keras.metrics.BinaryAccuracy()
accuracy.update_state(labels, probabilities)
print(float(accuracy.result()))
