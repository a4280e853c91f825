"""Reference fits of the multinomial baseline (issue 16), run with /usr/bin/python3 (scikit-learn 1.2.1, numpy
1.24.2):  /usr/bin/python3 logistic_make.py > logistic.json

For each data set (drawn as data_make.py draws it; its points are written out, so that the test fits the very
same doubles) and feature list: LogisticRegressionCV() with every default on the expanded matrix (lbfgs, so
multinomial; Cs=10, 5 stratified folds, accuracy, refit), its chosen C, its fold scores and, as
sklearnCoef/sklearnIntercept/sklearnAccuracy, its own lbfgs refit (which stops at tol 1e-4, short of the
optimum), and as exactScores the mean fold accuracies of the exact optimum of each fold and C (where lbfgs
stops short, a test point near a boundary may be scored otherwise). Then the exact optimum at that C of  C * sum_i -log p_{y_i} + |W|^2 / 2  (W the K x d weights, the
K intercepts free) by Newton's method with step halving in float64 to a gradient at rounding level, the softmax freedom fixed by
intercepts summing to 0 (the weights' columns then sum to 0 by themselves): coef, intercept, accuracy,
maxAbsGradient.
"""
import json
import warnings

import numpy as np
import sklearn
from sklearn.datasets import make_blobs, make_gaussian_quantiles
from sklearn.linear_model import LogisticRegressionCV
from sklearn.model_selection import StratifiedKFold

FEATURES = {
    "x1": lambda x: x[:, 0], "x2": lambda x: x[:, 1], "x1sq": lambda x: x[:, 0] ** 2, "x2sq": lambda x: x[:, 1] ** 2,
    "x1x2": lambda x: x[:, 0] * x[:, 1], "sinx1": lambda x: np.sin(x[:, 0]), "sinx2": lambda x: np.sin(x[:, 1]),
}


def arms(n, noise, seed, K):
    rs = np.random.RandomState(seed)
    X, y = [], []
    for j in range(K):
        N = n // K + (1 if j >= K - n % K else 0)
        r = np.linspace(0.0, 1, N)
        t = np.linspace(j * 4, (j + 1) * 4, N) + rs.randn(N) * noise
        X.append(np.c_[r * np.sin(t), r * np.cos(t)])
        y += [j] * N
    return np.vstack(X), np.array(y)


def blobs(n, noise, seed, K):
    C = [[2.5 * np.cos(2 * np.pi * j / K), 2.5 * np.sin(2 * np.pi * j / K)] for j in range(K)]
    return make_blobs(n, centers=C, cluster_std=noise, random_state=seed)


def objective(Xt, Y, T, P, C):
    Z = Xt @ T.T
    Z -= Z.max(axis=1, keepdims=True)
    logp = Z - np.log(np.exp(Z).sum(axis=1, keepdims=True))
    return -C * float((Y * logp).sum()) + 0.5 * float((T @ P * T).sum())


def newton(A, y, K, C):
    """argmin C sum -log p_y + |W|^2/2 over theta = [W | b] (K x (d+1)), intercepts summing to 0: Newton's method
    with step halving (Armijo), to a gradient at rounding level."""
    m, d = A.shape
    Xt = np.hstack([A, np.ones((m, 1))])
    p_ = d + 1
    T = np.zeros((K, p_))
    Y = np.eye(K)[y]
    P = np.eye(p_); P[d, d] = 0
    J = objective(Xt, Y, T, P, C)
    for it in range(300):
        Z = Xt @ T.T
        Z -= Z.max(axis=1, keepdims=True)
        Pr = np.exp(Z); Pr /= Pr.sum(axis=1, keepdims=True)
        G = C * (Pr - Y).T @ Xt + T @ P
        H = np.zeros((K * p_, K * p_))
        for a in range(K):
            for b in range(K):
                w = C * Pr[:, a] * ((a == b) - Pr[:, b])
                H[a * p_:(a + 1) * p_, b * p_:(b + 1) * p_] = (Xt * w[:, None]).T @ Xt + (P if a == b else 0)
        # The intercepts' common shift is free: fix it with a rank-one term (steps keep their sum at 0).
        e = np.zeros(K * p_); e[d::p_] = 1
        H += np.outer(e, e) * C * m / K
        step = np.linalg.solve(H, -G.ravel()).reshape(K, p_)
        slope = float((G * step).sum())
        t = 1.0
        for h in range(60):
            Jt = objective(Xt, Y, T + t * step, P, C)
            if Jt <= J + 1e-4 * t * slope + 1e-13 * abs(J):
                break
            t *= 0.5
        if not Jt <= J + 1e-13 * abs(J):
            break
        T = T + t * step
        J = Jt
        if np.abs(G).max() < 1e-13 * max(1.0, C * m) and t == 1.0:
            break
    Z = Xt @ T.T; Z -= Z.max(axis=1, keepdims=True)
    Pr = np.exp(Z); Pr /= Pr.sum(axis=1, keepdims=True)
    G = C * (Pr - Y).T @ Xt + T @ P
    T[:, d] -= T[:, d].mean()
    acc = float(np.mean((Xt @ T.T).argmax(axis=1) == y))
    return T[:, :d], T[:, d], acc, float(np.abs(G).max())


warnings.filterwarnings("ignore")
out = []
cases = [
    ("gaussian-quantiles", 200, 0.0, 3, 3, ["x1", "x2"]),
    ("gaussian-quantiles", 200, 0.0, 3, 4, ["x1", "x2", "x1sq", "x2sq"]),
    ("arms", 300, 0.2, 0, 3, ["x1", "x2"]),
    ("blobs", 200, 0.8, 1, 4, ["x1", "x2"]),
    ("blobs", 150, 1.5, 2, 3, ["x1", "x2", "x1x2"]),
]
for kind, n, noise, seed, K, feats in cases:
    if kind == "gaussian-quantiles":
        X, y = make_gaussian_quantiles(cov=0.7, n_samples=n, n_features=2, n_classes=K, random_state=seed)
    elif kind == "arms":
        X, y = arms(n, noise, seed, K)
    else:
        X, y = blobs(n, noise, seed, K)
    A = np.column_stack([FEATURES[f](X) for f in feats])
    cv = LogisticRegressionCV().fit(A, y)
    C = float(cv.C_[0])
    coef, intercept, acc, grad = newton(A, y, K, C)
    scores = cv.scores_[0].mean(axis=0)
    exact = np.zeros(len(cv.Cs_))
    for tr, te in StratifiedKFold(5).split(A, y):
        for c, Cc in enumerate(cv.Cs_):
            W, b, _, _ = newton(A[tr], y[tr], K, Cc)
            exact[c] += np.mean((A[te] @ W.T + b).argmax(axis=1) == y[te]) / 5
    out.append({"kind": kind, "samples": n, "noise": noise, "seed": seed, "classes": K, "features": feats,
                "x1": X[:, 0].tolist(), "x2": X[:, 1].tolist(), "label": [int(v) for v in y],
                "C": C, "meanScores": scores.tolist(), "exactScores": exact.tolist(),
                "sklearnCoef": cv.coef_.tolist(), "sklearnIntercept": cv.intercept_.tolist(),
                "sklearnAccuracy": float(cv.score(A, y)),
                "coef": coef.tolist(), "intercept": intercept.tolist(), "accuracy": acc, "maxAbsGradient": grad})
print(json.dumps({"made": "logistic_make.py, scikit-learn " + sklearn.__version__ + ", numpy " + np.__version__,
                  "fits": out}))
