package dev.boundarylab.model;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two products of {@link LayeredNetwork}'s step on one block (8 x 8 weights, 256 points), as {@code CommonOps_DDRM}
 * computes them on a {@code DMatrixRMaj} block and as the engine does on one array per row ({@link RowProducts},
 * {@link Lanes}): Z = W A + b, and dW += dZ A' (into lanes, added up once per stripe). In the model's package, as
 * those kernels are package-private. Nanoseconds per block.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LayeredKernelBenchmark {
    private static final int UNITS = 8;
    private static final int POINTS = 256;

    private final DMatrixRMaj w = new DMatrixRMaj(UNITS, UNITS);
    private final DMatrixRMaj b = new DMatrixRMaj(UNITS, 1);
    private final DMatrixRMaj a = new DMatrixRMaj(UNITS, POINTS);
    private final DMatrixRMaj dz = new DMatrixRMaj(UNITS, POINTS);
    private final DMatrixRMaj z = new DMatrixRMaj(UNITS, POINTS);
    private final DMatrixRMaj dW = new DMatrixRMaj(UNITS, UNITS);
    private final double[][] aRows = new double[UNITS][POINTS];
    private final double[][] dzRows = new double[UNITS][POINTS];
    private final double[][] zRows = new double[UNITS][POINTS];
    private final double[][] lanes = new double[UNITS * UNITS][POINTS];

    @Setup
    public void setUp() {
        Random r = new Random(1);
        for (int k = 0; k < w.getNumElements(); k++) {
            w.data[k] = r.nextGaussian();
        }
        for (int i = 0; i < UNITS; i++) {
            b.data[i] = r.nextGaussian();
            for (int p = 0; p < POINTS; p++) {
                aRows[i][p] = a.data[i * POINTS + p] = r.nextGaussian();
                dzRows[i][p] = dz.data[i * POINTS + p] = r.nextGaussian();
            }
        }
    }

    /** Z = W A + b: {@code CommonOps_DDRM.mult}, then the bias added row by row. */
    @Benchmark
    public DMatrixRMaj forwardCommonOps() {
        CommonOps_DDRM.mult(w, a, z);
        for (int i = 0; i < UNITS; i++) {
            double bi = b.data[i];
            for (int p = 0; p < POINTS; p++) {
                z.data[i * POINTS + p] += bi;
            }
        }
        return z;
    }

    /** Z = W A + b by {@link RowProducts#combine}. */
    @Benchmark
    public double[][] forwardRows() {
        RowProducts.combine(w, UNITS, 1, b.data, aRows, UNITS, zRows, UNITS, POINTS);
        return zRows;
    }

    /** dW += dZ A' by {@code CommonOps_DDRM.multAddTransB} (a dot product over the points per weight). */
    @Benchmark
    public DMatrixRMaj gradientCommonOps() {
        CommonOps_DDRM.multAddTransB(dz, a, dW);
        return dW;
    }

    /** dW += dZ A' into the lanes, one pass over a row of lanes per weight (their sum is taken once per stripe). */
    @Benchmark
    public double[][] gradientLanes() {
        for (int i = 0; i < UNITS; i++) {
            for (int j = 0; j < UNITS; j++) {
                Lanes.addProduct(lanes[i * UNITS + j], dzRows[i], aRows[j], POINTS, false);
            }
        }
        return lanes;
    }
}
