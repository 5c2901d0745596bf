"""Run a SimpleRNN by hand: h_t = tanh(W x_t + U h_(t-1) + b) at every step."""

import keras
import numpy as np

keras.utils.set_random_seed(0)
rng = np.random.default_rng(0)
x = rng.normal(size=(1, 4, 2)).astype("float32")  # 1 sequence, 4 steps

rnn = keras.layers.SimpleRNN(3)  # a state of 3 numbers
final = keras.ops.convert_to_numpy(rnn(x))[0]
W, U, b = rnn.get_weights()  # input weights, recurrent weights, bias

h = np.zeros(3)  # the state before the first step
for t in range(4):
    h = np.tanh(x[0, t] @ W + h @ U + b)  # the same W, U, b at every step
    print(f"step {t + 1}: h = {h.round(4)}")
print("SimpleRNN:", final.round(4))
