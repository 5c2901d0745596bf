"""Shapes through a SimpleRNN: sequences in, a vector (or one per step) out."""

import keras
import numpy as np

sequences = np.zeros((5, 20, 3), dtype="float32")  # batch, time steps, features

last = keras.layers.SimpleRNN(8)  # returns only the final state h_T
every = keras.layers.SimpleRNN(8, return_sequences=True)  # returns h_1 ... h_T

print("input:                 ", sequences.shape)
print("SimpleRNN(8):          ", last(sequences).shape)
print("return_sequences=True: ", every(sequences).shape)
W, U, b = last.get_weights()
print("W:", W.shape, " U:", U.shape, " b:", b.shape)
print("parameters:", last.count_params(), "whatever the sequence length")
