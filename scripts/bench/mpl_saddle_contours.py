"""matplotlib drawing of Scenes/saddle-contours.json: filled contours of x² − y² with 15 levels and
their lines, a diverging colour bar, streamlines of −∇f, the saddle point with eigen-directions.
Usage: python mpl_saddle_contours.py OUT.{png,svg,pdf}"""
import sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

x = np.linspace(-2, 2, 200)
y = np.linspace(-2, 2, 200)
X, Y = np.meshgrid(x, y)
Z = X**2 - Y**2
levels = [-4, -3.5, -3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4]

fig, ax = plt.subplots(figsize=(8.6, 6.8), dpi=100)
cs = ax.contourf(X, Y, Z, levels=levels, cmap="RdBu_r")
ax.contour(X, Y, Z, levels=levels[1:-1], colors="#1a1a1a", alpha=0.5, linewidths=0.6)
fig.colorbar(cs, ax=ax, ticks=levels[1:-1])
ax.streamplot(X, Y, -2 * X, 2 * Y, color="#333333", linewidth=0.8, density=1.2)
ax.plot([-0.3, 0.3], [0, 0], "--", color="#1f77b4")
ax.plot([0, 0], [-0.3, 0.3], "--", color="#d62728")
ax.plot(0, 0, "D", color="black", ms=6, label="saddle point")
ax.set_aspect("equal")
ax.set_xlim(-2, 2)
ax.set_ylim(-2, 2)
ax.set_xlabel("$x$")
ax.set_ylabel("$y$")
ax.set_title("The saddle $f(x, y) = x^2 - y^2$")
ax.legend(loc="lower center")
fig.savefig(sys.argv[1])
