#!/usr/bin/env bash
# Training speed against numpy, in one run: builds the bench profile, runs the JMH benchmarks and
# numpy_seed.py at the same sizes, one size after the other, and prints the table BENCHMARKS.md shows.
#
#   bench/run.sh            short run (about 3 minutes)
#   bench/run.sh --long     longer JMH and numpy timings (about 10 minutes)
#   bench/run.sh --sizes "200,4 100000,50"     only these sizes (points,hidden)
#   bench/run.sh --one-core                    ours restricted to one processor (-XX:ActiveProcessorCount=1)
#
# Needs python3 with numpy for the numpy column (otherwise the column says n/a). numpy_seed.py is taken from
# ../shared/bench/ unless NUMPY_SEED names another copy. Raw results go to target/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="200,4 200,50 10000,50 100000,50"
jmh_opts=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
numpy_seconds=3
jvm_extra=()
while [ $# -gt 0 ]; do
    case "$1" in
        --long) jmh_opts=(-f 2 -wi 5 -w 2s -i 10 -r 2s); numpy_seconds=10 ;;
        --sizes) sizes="$2"; shift ;;
        --one-core) jvm_extra=(-jvmArgsAppend -XX:ActiveProcessorCount=1) ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "bench/run.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
    esac
    shift
done

numpy_seed="${NUMPY_SEED:-../shared/bench/numpy_seed.py}"
out=target/bench
mkdir -p "$out"
rm -f "$out"/jmh-*.json "$out"/numpy-*.txt

echo "== building the bench profile"
./mvnw -B -q -ntp -Pbench test-compile
cp="target/classes:target/test-classes:$(cat target/bench-classpath.txt)"

have_numpy=no
if [ -f "$numpy_seed" ] && python3 -c 'import numpy' 2>/dev/null; then
    have_numpy=yes
else
    echo "== numpy or $numpy_seed not found: the numpy column will say n/a"
fi

for size in $sizes; do
    m="${size%,*}"
    h="${size#*,}"
    echo "== ours at $m points, $h hidden (JMH, -prof gc)"
    # JMH refuses to run beside another JMH run on the machine (its lock file); wait for that one to end.
    for attempt in $(seq 1 60); do
        java -cp "$cp" org.openjdk.jmh.Main 'TrainingStepBenchmark.step' -p size="${m}x${h}" "${jmh_opts[@]}" \
            "${jvm_extra[@]}" -prof gc -rf json -rff "$out/jmh-$m-$h.json" > "$out/jmh-$m-$h.txt" 2>&1 || true
        grep -q 'Unable to acquire the JMH lock' "$out/jmh-$m-$h.txt" || break
        echo "   another JMH run holds the machine's JMH lock; waiting ($attempt)"
        sleep 15
    done
    if ! grep -E '^TrainingStepBenchmark' "$out/jmh-$m-$h.txt"; then
        echo "bench/run.sh: the JMH run at $size failed; its output is in $out/jmh-$m-$h.txt" >&2
        exit 1
    fi
    if [ "$have_numpy" = yes ]; then
        echo "== numpy at $m points, $h hidden"
        # The machine notes: OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE go together or not at all, so for numpy both
        # are unset (this command only).
        env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 "$numpy_seed" train "$m" "$h" "$numpy_seconds" \
            | tee "$out/numpy-$m-$h.txt"
    fi
done

# TODO(grid): the decision-surface benchmarks go here, the same way: JMH on the renderer's grid evaluation and
# `numpy_seed.py grid G HIDDEN` at the same G, into target/bench/jmh-grid-*.json and numpy-grid-*.txt, then a
# second table below.

python3 - "$out" "$sizes" <<'PY'
import json, os, sys
out, sizes = sys.argv[1], sys.argv[2].split()
rows = []
for size in sizes:
    m, h = size.split(",")
    with open(os.path.join(out, "jmh-%s-%s.json" % (m, h))) as f:
        r = json.load(f)[0]
    ours = r["primaryMetric"]["score"]
    err = r["primaryMetric"]["scoreError"]
    alloc = r["secondaryMetrics"].get("gc.alloc.rate.norm", {}).get("score", float("nan"))
    numpy = None
    path = os.path.join(out, "numpy-%s-%s.txt" % (m, h))
    if os.path.exists(path):
        with open(path) as f:
            numpy = float(f.read().split()[0])
    rows.append((int(m), int(h), ours, err, numpy, alloc))
print()
print("| points | hidden | ours (epochs/s) | numpy (epochs/s) | ours / numpy | allocated (bytes/step) |")
print("|-------:|-------:|----------------:|-----------------:|-------------:|-----------------------:|")
for m, h, ours, err, numpy, alloc in rows:
    ratio = "%.1fx" % (ours / numpy) if numpy else "n/a"
    print("| %d | %d | %.4g ± %.2g | %s | %s | %.3g |" % (m, h, ours, err, "%.4g" % numpy if numpy else "n/a",
                                                       ratio, alloc))
with open(os.path.join(out, "training.csv"), "w") as f:
    f.write("points,hidden,ours_epochs_per_s,ours_error,numpy_epochs_per_s,bytes_per_step\n")
    for m, h, ours, err, numpy, alloc in rows:
        f.write("%d,%d,%.6g,%.3g,%s,%.6g\n" % (m, h, ours, err, "%.6g" % numpy if numpy else "", alloc))
print()
print("(raw results and training.csv in %s)" % out)
PY

# The plot of epochs/s against data size, drawn by the project itself, for the hidden size with most rows.
plot_hidden=$(awk -F, 'NR > 1 {n[$2]++} END {best = ""; for (h in n) if (best == "" || n[h] > n[best]) best = h; print best}' \
    "$out/training.csv")
if [ -n "$plot_hidden" ] && [ "$(awk -F, -v h="$plot_hidden" 'NR > 1 && $2 == h' "$out/training.csv" | wc -l)" -ge 2 ]; then
    java -Djava.awt.headless=true -cp "$cp" dev.boundarylab.bench.ScalingPlot "$out/training.csv" "$plot_hidden" \
        "$out/scaling.png" && echo "(plot of epochs/s against points: $out/scaling.png)"
fi
