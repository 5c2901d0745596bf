"""A generator function hands out values one at a time with yield."""


def batches(items, batch_size):
    """Yield consecutive slices of items, batch_size at a time."""
    for start in range(0, len(items), batch_size):
        yield items[start : start + batch_size]  # pause here until asked again


gen = batches(list(range(10)), batch_size=4)
print(type(gen).__name__)
print(next(gen))  # runs the function up to the first yield
print(next(gen))
print(list(gen))  # whatever is left
print(list(gen))  # used up: a generator runs through only once

squares = (n * n for n in range(5))  # a generator expression
print(sum(squares))
