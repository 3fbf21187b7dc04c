"""matplotlib drawing of Scenes/gd-quadratic.json: 16 log-spaced contour levels on a 200² grid,
60 steps of gradient descent with markers, start ring and minimum star, legend, math title.
Usage: python mpl_gd_quadratic.py OUT.{png,svg,pdf}"""
import sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

A = np.array([[2.0, 1.0], [1.0, 20.0]])
b = np.array([5.0, 3.0])
f = lambda X, Y: 0.5 * (2 * X**2 + 2 * X * Y + 20 * Y**2) - 5 * X - 3 * Y

x = np.linspace(-4, 4, 200)
y = np.linspace(-2, 2, 200)
X, Y = np.meshgrid(x, y)
Z = f(X, Y)
xstar = np.linalg.solve(A, b)
fmin = f(*xstar)
levels = fmin + np.geomspace(0.05, Z.max() - fmin, 16)

p = np.array([-3.0, -1.0])
path = [p.copy()]
for _ in range(60):
    g = A @ p - b
    if np.linalg.norm(g) < 1e-3:
        break
    p = p - 0.085 * g
    path.append(p.copy())
path = np.array(path)

fig, ax = plt.subplots(figsize=(9, 5.6), dpi=100)
ax.contour(X, Y, Z, levels=levels, cmap="viridis", linewidths=1)
ax.plot(path[:, 0], path[:, 1], "-o", color="#d62728", ms=3, lw=1.6,
        label=r"gradient descent, $\gamma = 0.085$")
ax.plot(*path[0], "o", mfc="white", mec="#d62728", ms=8, mew=1.6)
ax.plot(*xstar, "*", color="#d62728", ms=12)
ax.set_aspect("equal")
ax.set_xlim(-4, 4)
ax.set_ylim(-2, 2)
ax.set_xlabel("$x_1$")
ax.set_ylabel("$x_2$")
ax.set_title(r"Gradient descent on $f(\mathbf{x}) = \frac{1}{2}\mathbf{x}^\top \mathbf{A}\mathbf{x} - \mathbf{b}^\top\mathbf{x}$")
ax.legend(loc="lower left")
fig.savefig(sys.argv[1])
