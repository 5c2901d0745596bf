"""Quiz: summing the same generator twice."""

squares = (n * n for n in range(4))
print(sum(squares))
print(sum(squares))
