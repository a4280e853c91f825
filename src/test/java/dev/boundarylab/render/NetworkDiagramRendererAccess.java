package dev.boundarylab.render;

/** The diagram's layout for tests in other packages: where a unit's tile stands. */
public final class NetworkDiagramRendererAccess {
    private NetworkDiagramRendererAccess() {}

    /** The centre of unit j of layer l (0: the inputs) in a diagram of spec drawn w x h at the origin. */
    public static double[] centre(NetworkDiagramSpec spec, double w, double h, int l, int j) {
        return NetworkDiagramRenderer.centre(spec, 0, 0, w, h, l, j);
    }

    /** The side of a tile in a diagram of spec drawn w x h. */
    public static double tile(NetworkDiagramSpec spec, double w, double h) {
        return NetworkDiagramRenderer.tile(spec, w, h);
    }

    /** How far outside its tile the marked unit's ring is centred. */
    public static double markOffset() {
        return NetworkDiagramRenderer.MARK_GAP + NetworkDiagramRenderer.MARK_WIDTH / 2;
    }
}
