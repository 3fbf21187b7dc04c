"""matplotlib drawing of Scenes/rosenbrock-optimizers.json: Rosenbrock's function with 20
log-spaced contour levels on a 200² grid and four runs from (−1.2, 1) (GD and momentum for 3000
steps at η = 10⁻³, Adam at η = 0.05, Newton), start rings and end stars, the minimum; beside it
the gap f(x_t) − f* of each run against t on log-log axes; legends, math title.
Usage: python mpl_rosenbrock_optimizers.py OUT.{png,svg,pdf}"""
import sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

f = lambda x, y: (1 - x)**2 + 100 * (y - x**2)**2
grad = lambda p: np.array([-2 * (1 - p[0]) - 400 * p[0] * (p[1] - p[0]**2), 200 * (p[1] - p[0]**2)])
hess = lambda p: np.array([[2 - 400 * (p[1] - 3 * p[0]**2), -400 * p[0]], [-400 * p[0], 200.0]])

def run(step, steps, tol=1e-8):
    p = np.array([-1.2, 1.0])
    state = {}
    path = [p.copy()]
    for t in range(1, steps + 1):
        g = grad(p)
        if np.linalg.norm(g) < tol:
            break
        p = step(p, g, t, state)
        path.append(p.copy())
    return np.array(path)

def gd(p, g, t, s):
    return p - 1e-3 * g
def momentum(p, g, t, s):
    s["v"] = 0.9 * s.get("v", 0) - 1e-3 * g
    return p + s["v"]
def adam(p, g, t, s):
    s["m"] = 0.9 * s.get("m", 0) + 0.1 * g
    s["v"] = 0.999 * s.get("v", 0) + 0.001 * g * g
    return p - 0.05 * (s["m"] / (1 - 0.9**t)) / (np.sqrt(s["v"] / (1 - 0.999**t)) + 1e-8)
def newton(p, g, t, s):
    return p - np.linalg.solve(hess(p), g)

runs = [(r"GD, $\eta = 10^{-3}$", run(gd, 3000), "-", "#d55e00"),
        (r"momentum, $\eta = 10^{-3}$, $\mu = 0.9$", run(momentum, 3000), "--", "#0b4f9c"),
        (r"Adam, $\eta = 0.05$", run(adam, 3000), ":", "#009e73"),
        ("Newton", run(newton, 50), "-.", "#882255")]

fig, (ax, bx) = plt.subplots(1, 2, figsize=(14, 6.2), dpi=100)
fig.suptitle(r"Four optimizers on the Rosenbrock function $f(x, y) = (1 - x)^2 + 100\,(y - x^2)^2$")
x = np.linspace(-2, 2, 200)
y = np.linspace(-1, 3, 200)
X, Y = np.meshgrid(x, y)
Z = f(X, Y)
ax.contour(X, Y, Z, levels=np.geomspace(0.05, Z.max(), 20), cmap="viridis", linewidths=1)
for label, path, style, color in runs:
    ax.plot(path[:, 0], path[:, 1], style, color=color, lw=1.6, label=label)
    ax.plot(*path[-1], "*", color=color, ms=10)
    gap = np.maximum(f(path[:, 0], path[:, 1]), 1e-300)
    bx.plot(np.arange(1, len(path) + 1), gap, style, color=color, lw=1.6, label=label)
ax.plot(-1.2, 1, "o", mfc="white", mec="#882255", ms=8, mew=1.6)
ax.plot(1, 1, "o", color="black", ms=6, label="minimum")
ax.set_xlim(-2, 2)
ax.set_ylim(-1, 3)
ax.set_xlabel("$x$")
ax.set_ylabel("$y$")
ax.set_title("iterates")
ax.legend(loc="upper center")
bx.set_xscale("log")
bx.set_yscale("log")
bx.set_ylim(1e-20, 1e3)
bx.grid(True, alpha=0.3)
bx.set_xlabel("step $t$")
bx.set_ylabel(r"$f(\mathbf{x}_t) - f^\star$")
bx.set_title("convergence")
bx.legend(loc="lower center")
fig.savefig(sys.argv[1])
