#!/bin/sh
# The numpy trajectories of K-class networks (issue 16), run in this folder:  sh trajectories_make.sh
# The data: /usr/bin/python3 (scikit-learn 1.2.1) draws them as data_make.py does, into CSV with 17 digits;
# the trajectories: the team's reference numpy_network.py (python3, numpy 2.x), one config per file.
set -e
REF=/work/shared/reference/numpy_network.py
/usr/bin/python3 - <<'PY'
import numpy as np
from sklearn.datasets import make_gaussian_quantiles
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
def save(path, X, y):
    with open(path, "w") as f:
        f.write("x1,x2,label\n")
        for (a, b), c in zip(X, y):
            f.write("%r,%r,%d\n" % (float(a), float(b), c))
save("arms_300_seed0_k3.csv", *arms(300, 0.2, 0, 3))
save("gaussian_quantiles_200_seed3_k4.csv",
     *make_gaussian_quantiles(cov=0.7, n_samples=200, n_features=2, n_classes=4, random_state=3))
PY
echo '{"layers":[8],"activation":"tanh","features":["x1","x2"],"l2":0.0,"batch":null,"shuffleSeed":10,"initScale":"xavier","initSeed":2,"learningRate":1.0,"epochs":1000,"classes":3,"every":50}' > c1.json
python3 $REF trajectory arms_300_seed0_k3.csv c1.json network_k3_tanh_8_full.json
echo '{"layers":[0],"activation":"tanh","features":["x1","x2","x1x2"],"l2":0.5,"batch":null,"shuffleSeed":10,"initScale":"small","initSeed":4,"learningRate":0.5,"epochs":300,"classes":3,"every":15}' > c2.json
python3 $REF trajectory arms_300_seed0_k3.csv c2.json network_k3_none_product_l2_full.json
echo '{"layers":[6,5],"activation":"relu","features":["x1","x2","x1sq"],"l2":0.1,"batch":32,"shuffleSeed":10,"initScale":"he","initSeed":3,"learningRate":0.1,"epochs":300,"classes":4,"every":15}' > c3.json
python3 $REF trajectory gaussian_quantiles_200_seed3_k4.csv c3.json network_k4_relu_6_5_l2_batch32.json
echo '{"layers":[5],"activation":"sigmoid","features":["x1","x2","x1sq","x2sq"],"l2":0.0,"batch":null,"shuffleSeed":10,"initScale":"xavier","initSeed":7,"learningRate":2.0,"epochs":1000,"classes":4,"every":50}' > c4.json
python3 $REF trajectory gaussian_quantiles_200_seed3_k4.csv c4.json network_k4_sigmoid_5_squares_full.json
rm c1.json c2.json c3.json c4.json
