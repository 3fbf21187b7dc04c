"""The scale case of scripts/bench.sh in numpy + contourpy: the function of the bench's
2000 x 2000 scene sampled on the same grid, 20 levels traced by contourpy's serial algorithm.
Prints the number of points so the work cannot be skipped."""
import numpy as np
import contourpy

n = 2000
x = np.linspace(-3, 3, n)
X, Y = np.meshgrid(x, x)
Z = np.sin(3 * X) * np.cos(2 * Y) + 0.1 * X**2 + 0.05 * X * Y
levels = np.linspace(Z.min(), Z.max(), 22)[1:-1]
gen = contourpy.contour_generator(X, Y, Z, name="serial", line_type="SeparateCode")
points = sum(len(line) for level in levels for line in gen.lines(level)[0])
print(points)
