package dev.boundarylab.render;

import java.util.List;

/**
 * The colours of a decision picture: a diverging map from the probability of class 1 to a background colour
 * (orange for class 0, near-white at 0.5, blue for class 1, after TensorFlow Playground), and the saturated
 * colours of the data points, their outline and the p = 0.5 boundary line; for more than two classes, a colour
 * per class ({@link #point(int, int)}) and the field of the most probable class ({@link #classField}). All colours
 * are ARGB ints.
 *
 * <p>The map is a lookup table of {@value #SIZE} entries computed once, so colouring a pixel is one multiply
 * and one array read. It interpolates in the OKLab colour space, where equal steps look like equal changes, so
 * the fade from orange through white to blue has no muddy or overly bright band. Immutable and thread-safe.
 */
public final class ColorMap {
    /** Number of entries of the lookup table. */
    public static final int SIZE = 1024;

    /** The house colours: Playground orange and blue, heat colours lightened so points stand out on them. */
    public static final ColorMap DEFAULT =
            new ColorMap(0xF4AA66, 0xF5F6F7, 0x80B9E5, 0xF0891A, 0x0B72B5, 0xFFFFFF, 0x262A33, 0xB9BDC2);

    /**
     * The class colours for more than two classes: Okabe and Ito's palette ("Color Universal Design", 2008), told
     * apart with every common kind of colour blindness: orange, blue, bluish green, reddish purple, sky blue,
     * vermillion, yellow, and for an eighth class its grey (R's {@code palette.colors("Okabe-Ito")}) rather than its
     * black, which would be the boundary lines' colour and darken the field; the first two near the binary orange
     * and blue. 0xRRGGBB.
     */
    public static final List<Integer> OKABE_ITO =
            List.of(0xE69F00, 0x0072B2, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442, 0x999999);

    /** The opacity of a class's colour over white in the field where the model is sure (probability 1). */
    public static final double FIELD_OPACITY = 0.6;

    private final int[] lut = new int[SIZE];
    private final int class0Point;
    private final int class1Point;
    private final int pointOutline;
    private final int boundary;
    private final int undefined;

    /**
     * A map through three background colours, and the point, outline, boundary and undefined colours, each
     * given as 0xRRGGBB.
     */
    public ColorMap(
            int class0Heat,
            int neutralHeat,
            int class1Heat,
            int class0Point,
            int class1Point,
            int pointOutline,
            int boundary,
            int undefined) {
        double[] lo = oklab(class0Heat);
        double[] mid = oklab(neutralHeat);
        double[] hi = oklab(class1Heat);
        for (int i = 0; i < SIZE; i++) {
            double p = i / (double) (SIZE - 1);
            double[] a = p < 0.5 ? lo : mid;
            double[] b = p < 0.5 ? mid : hi;
            double t = p < 0.5 ? 2 * p : 2 * p - 1;
            lut[i] = fromOklab(a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]), a[2] + t * (b[2] - a[2]));
        }
        this.class0Point = opaque(class0Point);
        this.class1Point = opaque(class1Point);
        this.pointOutline = opaque(pointOutline);
        this.boundary = opaque(boundary);
        this.undefined = opaque(undefined);
    }

    /** The background colour for a probability of class 1; values are clamped to [0, 1], NaN is grey. */
    public int argb(double p) {
        if (Double.isNaN(p)) {
            return undefined;
        }
        int i = (int) (p * (SIZE - 1) + 0.5);
        return lut[i < 0 ? 0 : Math.min(i, SIZE - 1)];
    }

    /**
     * Colours {@code n} probabilities: {@code argb[offset + k] = argb(p[k])} for k in [0, n). The heatmap path:
     * one table read per pixel.
     *
     * @param p probabilities of class 1, not modified
     * @param argb the pixels, modified
     */
    public void fill(float[] p, int[] argb, int offset, int n) {
        int last = SIZE - 1;
        for (int k = 0; k < n; k++) {
            float v = p[k];
            if (v != v) {
                argb[offset + k] = undefined;
                continue;
            }
            int i = (int) (v * last + 0.5f);
            argb[offset + k] = lut[i < 0 ? 0 : i > last ? last : i];
        }
    }

    /** The fill colour of the data points of class {@code label} (0 or 1). */
    public int point(int label) {
        return label == 1 ? class1Point : class0Point;
    }

    /**
     * The colour of class {@code k} of {@code classes}: for two the points' orange and blue above, for more the
     * {@link #OKABE_ITO} palette in its order. Points, the K-class field, the legend, the confusion matrix and the
     * draw mode's swatches all take their class colours from here.
     *
     * @throws IllegalArgumentException if classes is not 2 to 8 or k not a class of them
     */
    public int point(int k, int classes) {
        if (classes < 2 || classes > OKABE_ITO.size() || k < 0 || k >= classes) {
            throw new IllegalArgumentException(
                    "class " + k + " of " + classes + ": classes are 0 to K - 1, K from 2 to " + OKABE_ITO.size());
        }
        return classes == 2 ? point(k) : opaque(OKABE_ITO.get(k));
    }

    /**
     * The field's colour where class {@code k} of {@code classes} (more than 2) is the most probable, with
     * probability {@code p}: the class's colour laid over white at opacity {@value #FIELD_OPACITY} times
     * {@code (p - 1/K) / (1 - 1/K)} (clamped to [0, 1]), channel by channel in sRGB, so it is white where the K
     * classes are equally likely and fades in as the model grows sure; never as strong as the points drawn on it.
     * The undefined grey for a NaN p.
     */
    public int classField(int k, double p, int classes) {
        if (Double.isNaN(p)) {
            return undefined;
        }
        double t = Math.max(0, Math.min(1, (p - 1.0 / classes) / (1 - 1.0 / classes)));
        return classOverWhite(k, classes, FIELD_OPACITY * t);
    }

    /**
     * The colour of class {@code k} of {@code classes} laid over white at opacity {@code a} (clamped to [0, 1]),
     * channel by channel in sRGB: a K-class output unit's thumbnail shows its probability so.
     */
    public int classOverWhite(int k, int classes, double a) {
        if (Double.isNaN(a)) {
            return undefined;
        }
        a = Math.max(0, Math.min(1, a));
        int c = point(k, classes);
        return 0xFF000000 | over(c >> 16 & 0xFF, a) << 16 | over(c >> 8 & 0xFF, a) << 8 | over(c & 0xFF, a);
    }

    /** One channel of colour value v laid over white (255) at opacity a. */
    private static int over(int v, double a) {
        return (int) Math.round(255 + a * (v - 255));
    }

    /** The ring drawn around every data point so that it reads on any background. */
    public int pointOutline() {
        return pointOutline;
    }

    /** The colour of the decision boundary, the line where the probability is 0.5. */
    public int boundary() {
        return boundary;
    }

    /** The colour shown where a model's probability is not a number. */
    public int undefined() {
        return undefined;
    }

    private static int opaque(int rgb) {
        return 0xFF000000 | rgb;
    }

    // sRGB <-> OKLab, after Bjorn Ottosson, "A perceptual color space for image processing" (2020).

    private static double[] oklab(int rgb) {
        double r = linear(((rgb >> 16) & 0xFF) / 255.0);
        double g = linear(((rgb >> 8) & 0xFF) / 255.0);
        double b = linear((rgb & 0xFF) / 255.0);
        double l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
        double m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
        double s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
        return new double[] {
            0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
            1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
            0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s
        };
    }

    private static int fromOklab(double bigL, double a, double b) {
        double l = cube(bigL + 0.3963377774 * a + 0.2158037573 * b);
        double m = cube(bigL - 0.1055613458 * a - 0.0638541728 * b);
        double s = cube(bigL - 0.0894841775 * a - 1.2914855480 * b);
        double r = 4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s;
        double g = -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s;
        double bl = -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s;
        return 0xFF000000 | (channel(r) << 16) | (channel(g) << 8) | channel(bl);
    }

    private static double cube(double v) {
        return v * v * v;
    }

    private static double linear(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int channel(double linear) {
        double c = linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
        return (int) Math.round(Math.max(0, Math.min(1, c)) * 255);
    }
}
