package dev.boundarylab.render;

import dev.boundarylab.model.Feature;

/**
 * The small picture of an input feature over the plane, as TensorFlow Playground's input tiles show it: the
 * feature's value at each pixel centre coloured by the shared {@link ColorMap}, its largest magnitude over the
 * picture at either end of the map (negative values towards class 0's colour, positive towards class 1's, 0 the
 * neutral middle). Row 0 is the top of the picture (largest x2), as in the panels.
 */
public final class FeaturePicture {
    private FeaturePicture() {}

    /**
     * The ARGB pixels, {@code width} by {@code height} by rows, of {@code feature} over {@code view} in
     * {@code map}'s colours.
     *
     * @throws IllegalArgumentException if a side is not positive
     */
    public static int[] argb(Feature feature, Viewport view, int width, int height, ColorMap map) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a feature picture needs pixels, got " + width + "x" + height);
        }
        double[] v = new double[width * height];
        double largest = 0;
        for (int r = 0; r < height; r++) {
            double x2 = view.x2Max() - (r + 0.5) / height * view.height();
            for (int c = 0; c < width; c++) {
                double x1 = view.x1Min() + (c + 0.5) / width * view.width();
                double f = feature.value(x1, x2);
                v[r * width + c] = f;
                largest = Math.max(largest, Math.abs(f));
            }
        }
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = map.argb(largest == 0 ? 0.5 : 0.5 + 0.5 * v[i] / largest);
        }
        return out;
    }
}
