package dev.boundarylab.ui;

import dev.boundarylab.figure.FigureData;
import dev.boundarylab.render.FigureRenderer;
import dev.boundarylab.train.TrainingSnapshot;

/** How the window's live views draw a snapshot with the shared renderer, which the exporter uses as well. */
final class LiveFigures {
    /**
     * Cells per side of the decision surface drawn live in the window, scaled up bilinearly to the panel: enough for
     * a smooth heat map and boundary, and cheap enough to redraw every frame while training.
     */
    static final int LIVE_SURFACE_CELLS = 200;

    private LiveFigures() {}

    /** The shared renderer as the window's live views use it: the surface capped at {@link #LIVE_SURFACE_CELLS}. */
    static FigureRenderer liveRenderer(double scale) {
        FigureRenderer r = new FigureRenderer(scale);
        r.panelRenderer().setMaxSurfaceResolution((int) Math.round(LIVE_SURFACE_CELLS * scale));
        return r;
    }

    /** What the renderer needs of a snapshot. */
    static FigureData figureData(TrainingSnapshot s) {
        return new FigureData(
                s.trainData(),
                s.network(),
                s.accuracy(),
                s.baseline(),
                s.costs(),
                s.epoch(),
                FigureData.jumps(s.spikes()),
                s.heldOut(),
                s.dataChanges());
    }

    /** One renderer per view, kept across frames (it keeps its buffers) and replaced only when the scale changes. */
    static final class RendererCache {
        private FigureRenderer renderer;

        /** The live renderer at {@code scale}. */
        FigureRenderer at(double scale) {
            if (renderer == null || renderer.scale() != scale) {
                renderer = liveRenderer(scale);
            }
            return renderer;
        }
    }
}
