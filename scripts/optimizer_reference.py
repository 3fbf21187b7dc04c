#!/usr/bin/env python3
"""Reference iterates for Tests/GDVizEngineTests/OptimizerTests.swift, computed with numpy.

Each optimizer is written out from the pseudo-code on its torch.optim documentation page
(weight_decay 0, maximize False), independently of the Swift code. Run `python3
scripts/optimizer_reference.py` and paste the printed arrays into the tests.

f(x) = 1/2 x^T A x - b^T x with A = [[2, 1], [1, 20]], b = (5, 3), started at (-3, -1).
"""
import numpy as np

A = np.array([[2.0, 1.0], [1.0, 20.0]])
b = np.array([5.0, 3.0])
START = np.array([-3.0, -1.0])
STEPS = 4


def grad(x):
    return A @ x - b


def sgd(lr, momentum, nesterov):
    x, buf, out = START.copy(), None, [START.copy()]
    for _ in range(STEPS):
        g = grad(x)
        buf = g.copy() if buf is None else momentum * buf + g
        x = x - lr * (g + momentum * buf if nesterov else buf)
        out.append(x.copy())
    return out


def adagrad(lr, eps=1e-10):
    x, s, out = START.copy(), np.zeros(2), [START.copy()]
    for _ in range(STEPS):
        g = grad(x)
        s = s + g * g
        x = x - lr * (g / (np.sqrt(s) + eps))
        out.append(x.copy())
    return out


def rmsprop(lr, alpha=0.99, eps=1e-8):
    x, v, out = START.copy(), np.zeros(2), [START.copy()]
    for _ in range(STEPS):
        g = grad(x)
        v = alpha * v + (1 - alpha) * (g * g)
        x = x - lr * (g / (np.sqrt(v) + eps))
        out.append(x.copy())
    return out


def adam(lr, beta1=0.9, beta2=0.999, eps=1e-8):
    x, m, v, out = START.copy(), np.zeros(2), np.zeros(2), [START.copy()]
    for k in range(1, STEPS + 1):
        g = grad(x)
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * (g * g)
        m_hat = m / (1 - beta1 ** k)
        v_hat = v / (1 - beta2 ** k)
        x = x - lr * (m_hat / (np.sqrt(v_hat) + eps))
        out.append(x.copy())
    return out


def show(name, points):
    print(f"// {name}")
    print("[" + ", ".join(f"Point2({float(p[0])!r}, {float(p[1])!r})" for p in points) + "]")


show("momentum lr=0.02 momentum=0.9", sgd(0.02, 0.9, nesterov=False))
show("nesterov lr=0.02 momentum=0.9", sgd(0.02, 0.9, nesterov=True))
show("adagrad lr=0.5", adagrad(0.5))
show("rmsprop lr=0.01", rmsprop(0.01))
show("adam lr=0.1", adam(0.1))
