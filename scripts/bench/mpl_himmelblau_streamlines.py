"""matplotlib drawing of Scenes/himmelblau-streamlines.json: filled contours of Himmelblau's function
(14 log-spaced levels, viridis) with a colour bar, streamlines of −∇f, the nine critical points.
Usage: python mpl_himmelblau_streamlines.py OUT.{png,svg,pdf}"""
import sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

x = np.linspace(-5, 5, 200)
y = np.linspace(-5, 5, 200)
X, Y = np.meshgrid(x, y)
Z = (X**2 + Y - 11) ** 2 + (X + Y**2 - 7) ** 2
levels = np.concatenate([[0], np.geomspace(0.5, Z.max(), 14)])
gx = 4 * X * (X**2 + Y - 11) + 2 * (X + Y**2 - 7)
gy = 2 * (X**2 + Y - 11) + 4 * Y * (X + Y**2 - 7)

minima = [(3, 2), (-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848126)]
maximum = [(-0.270845, -0.923039)]
saddles = [(0.086678, 2.884255), (-3.073026, -0.081353), (3.385154, 0.073852), (-0.127961, -1.953715)]

fig, ax = plt.subplots(figsize=(8.6, 7), dpi=100)
cs = ax.contourf(X, Y, Z, levels=levels, cmap="viridis")
fig.colorbar(cs, ax=ax)
ax.streamplot(X, Y, -gx, -gy, color="#333333", linewidth=0.8, density=1.2)
ax.plot(*zip(*minima), "*", color="white", mec="black", ms=10, label="minimum")
ax.plot(*zip(*maximum), "^", color="white", mec="black", ms=8, label="maximum")
ax.plot(*zip(*saddles), "D", color="white", mec="black", ms=6, label="saddle point")
ax.set_aspect("equal")
ax.set_xlim(-5, 5)
ax.set_ylim(-5, 5)
ax.set_xlabel("$x$")
ax.set_ylabel("$y$")
ax.set_title("Gradient flow on Himmelblau's function")
ax.legend(loc="lower left")
fig.savefig(sys.argv[1])
