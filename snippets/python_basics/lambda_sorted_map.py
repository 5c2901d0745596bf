"""lambda writes a small function inline, e.g. as a key for sorted."""

scores = {"relu": 0.97, "sigmoid": 0.91, "tanh": 0.95}

square = lambda x: x * x  # noqa: E731 (a name for a lambda, just to show it)
print(square(3))

# Sort the (name, score) pairs by score, highest first.
ranked = sorted(scores.items(), key=lambda pair: pair[1], reverse=True)
print(ranked)

print(list(map(lambda x: round(x * 100), scores.values())))
print(list(filter(lambda name: len(name) == 4, scores)))
