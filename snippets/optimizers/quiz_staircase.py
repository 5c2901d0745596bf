"""Quiz: an exponential decay with staircase=True at steps 9, 10 and 25."""

import keras

schedule = keras.optimizers.schedules.ExponentialDecay(
    0.1, decay_steps=10, decay_rate=0.5, staircase=True
)
for step in (9, 10, 25):
    print(step, round(float(schedule(step)), 4))
