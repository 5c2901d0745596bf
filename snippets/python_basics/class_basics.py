"""A class bundles data (attributes) with the functions that use it."""


class Neuron:
    """One artificial neuron: a weighted sum of inputs plus a bias."""

    def __init__(self, weights, bias):  # runs when an object is created
        self.weights = weights
        self.bias = bias

    def __call__(self, inputs):  # lets us write neuron(inputs)
        total = sum(w * x for w, x in zip(self.weights, inputs, strict=True))
        return max(0.0, total + self.bias)  # ReLU activation


a = Neuron(weights=[0.5, -1.0], bias=0.25)  # two objects of one class
b = Neuron(weights=[1.0, 1.0], bias=0.0)
print(type(a).__name__, a.weights, a.bias)
print("a([2, 0.5]) =", a([2.0, 0.5]))
print("b([2, 0.5]) =", b([2.0, 0.5]))
print("isinstance:", isinstance(b, Neuron))
