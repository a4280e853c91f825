"""Reference points of the K-class generators (issue 16), run with /usr/bin/python3 (scikit-learn 1.2.1,
numpy 1.24.2):  /usr/bin/python3 data_make.py > data.json

- gaussian quantiles: sklearn.datasets.make_gaussian_quantiles(cov=0.7, n_samples=n, n_features=2,
  n_classes=K, random_state=seed) as it is;
- arms: the K-arm spiral of the issue with numpy's RandomState(seed), arm j of n // K points (the last n % K
  arms one more), arms in order;
- blobs: sklearn.datasets.make_blobs(n, centers=C, cluster_std=noise, random_state=seed) with the K centres
  C_j = 2.5 (cos 2 pi j / K, sin 2 pi j / K).
"""
import json

import numpy as np
import sklearn
from sklearn.datasets import make_blobs, make_gaussian_quantiles


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


def entry(kind, n, noise, seed, K, X, y):
    return {"kind": kind, "samples": n, "noise": noise, "seed": seed, "classes": K,
            "x1": X[:, 0].tolist(), "x2": X[:, 1].tolist(), "label": [int(v) for v in y]}


out = []
for n, seed, K in [(200, 3, 3), (203, 1, 4), (50, 7, 8), (7, 2, 3)]:
    X, y = make_gaussian_quantiles(cov=0.7, n_samples=n, n_features=2, n_classes=K, random_state=seed)
    out.append(entry("gaussian-quantiles", n, 0.0, seed, K, X, y))
for n, noise, seed, K in [(300, 0.2, 0, 3), (101, 0.2, 5, 4), (40, 0.5, 1, 8)]:
    X, y = arms(n, noise, seed, K)
    out.append(entry("arms", n, noise, seed, K, X, y))
for n, noise, seed, K in [(100, 0.8, 5, 3), (151, 0.3, 2, 5)]:
    C = [[2.5 * np.cos(2 * np.pi * j / K), 2.5 * np.sin(2 * np.pi * j / K)] for j in range(K)]
    X, y = make_blobs(n, centers=C, cluster_std=noise, random_state=seed)
    out.append(entry("blobs", n, noise, seed, K, X, y))
print(json.dumps({"made": "data_make.py, scikit-learn " + sklearn.__version__ + ", numpy " + np.__version__,
                  "sets": out}))
