package dev.boundarylab.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;

/** The int pixels behind an image, for the renderers' own loops. */
final class IntRaster {
    private IntRaster() {}

    /**
     * The pixels of an INT_ARGB or INT_ARGB_PRE image laid out row by row from index 0 (as a new image is), or null
     * for any other image. For opaque pixels the two types hold the same ints.
     */
    static int[] of(BufferedImage image) {
        int type = image.getType();
        if (type != BufferedImage.TYPE_INT_ARGB && type != BufferedImage.TYPE_INT_ARGB_PRE) {
            return null;
        }
        WritableRaster r = image.getRaster();
        if (!(r.getSampleModel() instanceof SinglePixelPackedSampleModel sm)
                || sm.getScanlineStride() != image.getWidth()
                || r.getDataBuffer().getOffset() != 0
                || r.getSampleModelTranslateX() != 0
                || r.getSampleModelTranslateY() != 0) {
            return null;
        }
        return ((DataBufferInt) r.getDataBuffer()).getData();
    }
}
