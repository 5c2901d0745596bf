"""Quiz: four steps on (w - 1)**2 with learning rate 1.0, from w = 3."""

w = 3.0
for step in range(4):
    w = w - 1.0 * 2 * (w - 1)
    print(step + 1, w)
