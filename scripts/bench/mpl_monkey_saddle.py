"""matplotlib drawing of Scenes/monkey-saddle.json: x³ − 3xy² on [−1.5, 1.5]² as a shaded 50 × 50
surface with 12 floor contours and the saddle point, beside 14 filled contours with grey contour
lines on a 200² grid, equal aspect, and the saddle point; one legend per panel, math title.
Usage: python mpl_monkey_saddle.py OUT.{png,svg,pdf}"""
import sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

f = lambda X, Y: X**3 - 3 * X * Y**2

fig = plt.figure(figsize=(10, 5), dpi=100)
fig.suptitle(r"A monkey saddle: $f(x, y) = x^3 - 3xy^2$ has $\nabla f = 0$ and $H = 0$ at the origin")

ax = fig.add_subplot(1, 2, 1, projection="3d")
s = np.linspace(-1.5, 1.5, 51)
X, Y = np.meshgrid(s, s)
Z = f(X, Y)
floor = Z.min() - 0.35 * (Z.max() - Z.min())
ax.plot_surface(X, Y, Z, cmap="viridis", rstride=1, cstride=1, linewidth=0.2, edgecolor="none", shade=True)
ax.contour(X, Y, Z, levels=12, zdir="z", offset=floor, cmap="viridis", linewidths=0.8)
ax.plot([0], [0], [0], "D", color="black", mec="white", ms=8, label="saddle point")
ax.set_zlim(floor, Z.max())
ax.view_init(elev=30, azim=-60)
ax.set_xlabel("$x$")
ax.set_ylabel("$y$")
ax.set_zlabel("$f(x, y)$")
ax.set_title("the surface: three valleys, three hills")
ax.legend(loc="upper right")

ax = fig.add_subplot(1, 2, 2)
g = np.linspace(-1.5, 1.5, 200)
X, Y = np.meshgrid(g, g)
Z = f(X, Y)
ax.contourf(X, Y, Z, levels=14, cmap="viridis")
ax.contour(X, Y, Z, levels=14, cmap="Greys", linewidths=0.8)
ax.plot(0, 0, "D", color="black", mec="white", ms=6, label="saddle point (3 valleys)")
ax.set_aspect("equal")
ax.set_xlabel("$x$")
ax.set_ylabel("$y$")
ax.set_title("contours: $f < 0$ in three sectors")
ax.legend(loc="lower left")
fig.savefig(sys.argv[1])
