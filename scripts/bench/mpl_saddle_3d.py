"""matplotlib drawing of Scenes/saddle-3d.json: x² − y² as a shaded 40 × 40 surface with 14 floor
contours and the saddle point, beside its 14 contours on a 200² grid with the saddle point and its
eigen-directions; one legend per panel, math title.
Usage: python mpl_saddle_3d.py OUT.{png,svg,pdf}"""
import sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

f = lambda X, Y: X**2 - Y**2

fig = plt.figure(figsize=(13, 5.8), dpi=100)
fig.suptitle(r"A saddle point: $f(x, y) = x^2 - y^2$")

ax = fig.add_subplot(1, 2, 1, projection="3d")
s = np.linspace(-2, 2, 41)
X, Y = np.meshgrid(s, s)
Z = f(X, Y)
ax.plot_surface(X, Y, Z, cmap="viridis", rstride=1, cstride=1, linewidth=0.2, edgecolor="none", shade=True)
ax.contour(X, Y, Z, levels=14, zdir="z", offset=-6, cmap="viridis", linewidths=0.8)
ax.plot([0], [0], [0], "D", color="black", mec="white", ms=8, label="saddle point")
ax.set_zlim(-6, 4)
ax.view_init(elev=30, azim=-60)
ax.set_xlabel("$x$")
ax.set_ylabel("$y$")
ax.set_zlabel("$f(x, y)$")
ax.set_title(r"the surface $z = f(x, y)$")
ax.legend(loc="upper right")

ax = fig.add_subplot(1, 2, 2)
g = np.linspace(-2, 2, 200)
X, Y = np.meshgrid(g, g)
ax.contour(X, Y, f(X, Y), levels=14, cmap="viridis", linewidths=1)
ax.plot([-0.3, 0.3], [0, 0], "--", color="#1f77b4")
ax.plot([0, 0], [-0.35, 0.35], "--", color="#d62728")
ax.plot(0, 0, "D", color="black", ms=6, label="saddle point")
ax.set_xlim(-2, 2)
ax.set_ylim(-2, 2)
ax.set_xlabel("$x$")
ax.set_ylabel("$y$")
ax.set_title("its contours")
ax.legend(loc="center left")
fig.savefig(sys.argv[1])
