"""Quiz: a grid made by multiplying a list of lists, then one cell changed."""

grid = [[0] * 2] * 3
grid[0][0] = 1
print(grid)
