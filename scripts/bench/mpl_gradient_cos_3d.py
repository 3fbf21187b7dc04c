"""matplotlib drawing of Scenes/gradient-cos-3d.json: −(cos²x + cos²y)² on [−4, 4]² as a shaded
60 × 60 surface, 10 contour levels and arrows of ∇f on the floor, 60 steps of gradient descent
(η = 0.1) lifted onto the surface and drawn on the floor, legend, math title.
Usage: python mpl_gradient_cos_3d.py OUT.{png,svg,pdf}"""
import sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

f = lambda X, Y: -(np.cos(X)**2 + np.cos(Y)**2)**2
def grad(x, y):
    g = np.cos(x)**2 + np.cos(y)**2
    return np.array([2 * g * np.sin(2 * x), 2 * g * np.sin(2 * y)])

p = np.array([1.95, 1.3])
path = [p.copy()]
for _ in range(60):
    d = grad(*p)
    if np.linalg.norm(d) < 1e-4:
        break
    p = p - 0.1 * d
    path.append(p.copy())
path = np.array(path)

fig = plt.figure(figsize=(10, 7.6), dpi=100)
ax = fig.add_subplot(projection="3d")
s = np.linspace(-4, 4, 61)
X, Y = np.meshgrid(s, s)
Z = f(X, Y)
floor = -6.5
ax.plot_surface(X, Y, Z, cmap="viridis", rstride=1, cstride=1, linewidth=0.2, edgecolor="none", shade=True)
ax.contour(X, Y, Z, levels=10, zdir="z", offset=floor, cmap="viridis", linewidths=0.8)
a = np.linspace(-3.6, 3.6, 17)
AX, AY = np.meshgrid(a, a)
G = grad(AX, AY)
ax.quiver(AX, AY, np.full_like(AX, floor), -G[0], -G[1], np.zeros_like(AX), length=0.25, normalize=True,
          color="#222222", linewidth=0.6, arrow_length_ratio=0.4)
ax.plot(path[:, 0], path[:, 1], f(path[:, 0], path[:, 1]), "-o", color="#d55e00", ms=3, lw=1.6,
        label=r"gradient descent, $\eta = 0.1$")
ax.plot(path[:, 0], path[:, 1], np.full(len(path), floor), "-o", color="#d55e00", ms=2, lw=1.2)
ax.set_zlim(floor, 0)
ax.view_init(elev=30, azim=-60)
ax.set_xlabel("$x$")
ax.set_ylabel("$y$")
ax.set_zlabel("$f(x, y)$")
ax.set_title(r"$f(x, y) = -(\cos^2 x + \cos^2 y)^2$ and its gradient field")
ax.legend(loc="upper right")
fig.savefig(sys.argv[1])
