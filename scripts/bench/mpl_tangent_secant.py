"""matplotlib drawing of Scenes/tangent-secant.json: f(x) = eˣ/2, two secants at x₀ = 0.5 (one with
its legs and their labels), the tangent, an annotation and a legend.
Usage: python mpl_tangent_secant.py OUT.{png,svg,pdf}"""
import sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

f = lambda x: np.exp(x) / 2
x0 = 0.5
x = np.linspace(-1.5, 2.5, 400)

fig, ax = plt.subplots(figsize=(9, 6), dpi=100)
ax.plot(x, f(x), color="#1a1a1a", lw=2.5, label=r"$f(x) = \frac{1}{2} e^x$")
for h, color, legs in [(1.5, "#ff7f0e", True), (0.6, "#9467bd", False)]:
    s = (f(x0 + h) - f(x0)) / h
    ax.plot(x, f(x0) + s * (x - x0), color=color, lw=1.6, label=f"secant, $h = {h}$")
    ax.plot([x0, x0 + h], [f(x0), f(x0 + h)], "o", color=color, ms=5)
    if legs:
        ax.plot([x0, x0 + h, x0 + h], [f(x0), f(x0), f(x0 + h)], "--", color=color, lw=1)
        ax.text(x0 + h / 2, f(x0) - 0.15, "$h$", ha="center", va="top", color=color)
        ax.text(x0 + h + 0.05, (f(x0) + f(x0 + h)) / 2, "$f(x_0 + h) - f(x_0)$", va="center", color=color)
ax.plot(x, f(x0) + f(x0) * (x - x0), color="#2ca02c", lw=1.6, label="tangent, slope $f'(x_0)$")
ax.plot(x0, f(x0), "o", color="#1a1a1a", ms=5)
ax.annotate("$x_0$", (x0, -0.2), ha="center")
ax.set_xlim(-1.5, 2.5)
ax.set_ylim(-0.5, 4.5)
ax.set_xlabel("$x$")
ax.set_ylabel("$f(x)$")
ax.set_title(r"Secant slopes $\frac{f(x_0 + h) - f(x_0)}{h}$ approach the tangent slope $f'(x_0)$ as $h \to 0$")
ax.legend(loc="upper left")
fig.savefig(sys.argv[1])
