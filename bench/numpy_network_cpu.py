#!/usr/bin/env python3
"""CPU time of one epoch of numpy_network.py at its `time` settings (the same data, weights and rate), the least
of 20 rounds of 20 epochs by time.process_time: beside dev.boundarylab.bench.LayeredCpuTime, a figure the other
processes of a shared machine disturb much less than epochs per second of wall-clock time.

  OPENBLAS_NUM_THREADS=1 python3 bench/numpy_network_cpu.py M LAYERS ACTIVATION [BATCH]
      [NUMPY_NETWORK=../shared/reference/numpy_network.py]
"""
import importlib.util
import os
import sys
import time

import numpy as np

path = os.environ.get("NUMPY_NETWORK", os.path.join(os.path.dirname(__file__), "../../shared/reference/numpy_network.py"))
spec = importlib.util.spec_from_file_location("numpy_network", path)
nn = importlib.util.module_from_spec(spec)
spec.loader.exec_module(nn)
m = int(sys.argv[1]); hidden = [int(h) for h in sys.argv[2].split(",") if int(h) > 0]; a = sys.argv[3]
batch = int(sys.argv[4]) if len(sys.argv) > 4 else 0
# The data, weights and settings of numpy_network.py time.
rng = np.random.RandomState(1)
X = rng.randn(2, m) * np.sqrt(0.7); r2 = (X ** 2).sum(axis=0); y = (r2 > np.median(r2)).astype(int)
p = nn.init(hidden, 2, "xavier", 2)
c = {"activation": a, "learningRate": 0.1, "batch": batch or None, "epochs": 1}
best = float("inf")
for _ in range(20):
    t = time.process_time()
    for _ in range(20):
        p = nn.train(p, X, y, c)
    best = min(best, (time.process_time() - t) / 20)
print("%s: %.1f us of CPU an epoch" % (" ".join(sys.argv[1:]), best * 1e6))
