#!/usr/bin/python3
"""The general engine's benchmark settings the way a PyTorch user writes them, timed beside numpy_network.py time.

  /usr/bin/python3 bench/torch_network.py M LAYERS ACTIVATION [BATCH] [SECONDS] [THREADS]  -> epochs per second

LAYERS like 8,8; ACTIVATION tanh, relu, sigmoid or linear; BATCH 0 = full batch (the default). The network is
nn.Sequential of Linear layers with the activation between them and one output logit, BCEWithLogitsLoss,
torch.optim.SGD(lr=0.1), float64. Data as numpy_network.py time (2-D gaussian, cov 0.7, labels by the median
radius, RandomState(1)). An epoch is one update from all the points, or with BATCH one update per slice of a
fresh torch.randperm of the points. The median of 5 timings. Needs Debian's python3-torch (the system python3).
"""
import sys
import time

import numpy as np
import torch

ACTIVATIONS = {"tanh": torch.nn.Tanh, "relu": torch.nn.ReLU, "sigmoid": torch.nn.Sigmoid, "linear": torch.nn.Identity}


def timed(fn, seconds):
    n = 1
    while True:
        t = time.perf_counter(); fn(n); dt = time.perf_counter() - t
        if dt > 0.05:
            break
        n *= 2
    n = max(1, int(n * (seconds / 5) / dt))
    rates = []
    for _ in range(5):
        t = time.perf_counter(); fn(n); rates.append(n / (time.perf_counter() - t))
    return sorted(rates)[2]


def main(argv):
    m = int(argv[1]); hidden = [int(h) for h in argv[2].split(",") if int(h) > 0]; act = ACTIVATIONS[argv[3]]
    batch = int(argv[4]) if len(argv) > 4 else 0
    seconds = float(argv[5]) if len(argv) > 5 else 5.0
    torch.set_num_threads(int(argv[6]) if len(argv) > 6 else 2)
    rng = np.random.RandomState(1)
    X = rng.randn(2, m) * np.sqrt(0.7); r2 = (X ** 2).sum(axis=0)
    X = torch.tensor(X.T.copy(), dtype=torch.float64)
    Y = torch.tensor((r2 > np.median(r2)).astype(float).reshape(m, 1), dtype=torch.float64)
    torch.manual_seed(2)
    dims = [2] + hidden
    layers = []
    for i in range(len(hidden)):
        layers += [torch.nn.Linear(dims[i], dims[i + 1]), act()]
    model = torch.nn.Sequential(*layers, torch.nn.Linear(dims[-1], 1)).double()
    loss_fn = torch.nn.BCEWithLogitsLoss()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)

    def update(x, y):
        opt.zero_grad()
        loss_fn(model(x), y).backward()
        opt.step()

    def epochs(n):
        for _ in range(n):
            if not batch or batch >= m:
                update(X, Y)
            else:
                perm = torch.randperm(m)
                for s in range(0, m, batch):
                    i = perm[s:s + batch]
                    update(X[i], Y[i])

    print("%.6g epochs/s" % timed(epochs, seconds))


if __name__ == "__main__":
    main(sys.argv)
