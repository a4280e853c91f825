# LogisticRegressionCV() with every default on the expanded feature matrix of the seed's data, and the exact
# optimum at its C by Newton's method in float64 (scikit-learn's lbfgs stops short of it).
import json, numpy as np, sklearn
from sklearn.linear_model import LogisticRegressionCV
rows = np.genfromtxt("gaussian_quantiles_200_seed3.csv", delimiter=",", names=True)
x1, x2, y = rows["x1"], rows["x2"], rows["label"].astype(int)
F = {"x1": x1, "x2": x2, "x1sq": x1**2, "x2sq": x2**2, "x1x2": x1*x2, "sinx1": np.sin(x1), "sinx2": np.sin(x2)}
out = {"made": "scikit-learn %s LogisticRegressionCV() defaults on the expanded matrix; optimum by Newton, numpy %s" % (sklearn.__version__, np.__version__), "runs": []}
for feats in (["x1", "x2", "x1sq", "x2sq"], ["x1sq", "x2sq", "x1x2"], ["x1", "x2", "sinx1", "sinx2", "x1x2"]):
    X = np.column_stack([F[f] for f in feats])
    cv = LogisticRegressionCV().fit(X, y)
    C = float(cv.C_[0])
    A = np.column_stack([X, np.ones(len(y))]); th = np.zeros(A.shape[1])
    P = np.eye(A.shape[1]); P[-1, -1] = 0
    for it in range(100):
        z = A @ th; p = 1 / (1 + np.exp(-z))
        g = C * A.T @ (p - y) + P @ th
        H = C * (A.T * (p * (1 - p))) @ A + P
        th = th - np.linalg.solve(H, g)
    z = A @ th; p = 1 / (1 + np.exp(-z)); g = C * A.T @ (p - y) + P @ th
    out["runs"].append({"features": feats, "C": C, "Cs": [float(c) for c in cv.Cs_],
        "sklearnCoef": cv.coef_[0].tolist(), "sklearnIntercept": float(cv.intercept_[0]),
        "sklearnAccuracy": float(cv.score(X, y)),
        "coef": th[:-1].tolist(), "intercept": float(th[-1]), "accuracy": float(np.mean(((A @ th) > 0) == y)),
        "maxAbsGradient": float(np.abs(g).max())})
json.dump(out, open("logistic_features_gaussian_quantiles_200_seed3.json", "w"), indent=1)
for r in out["runs"]: print(r["features"], r["C"], r["sklearnAccuracy"], r["accuracy"], r["maxAbsGradient"], r["sklearnCoef"], r["coef"])
