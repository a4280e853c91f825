package dev.boundarylab.cli;

import dev.boundarylab.data.Dataset;
import dev.boundarylab.files.PngWriter;
import dev.boundarylab.model.Architecture;
import dev.boundarylab.model.Network;
import dev.boundarylab.render.AppIcon;
import dev.boundarylab.render.Viewport;
import dev.boundarylab.train.HeadlessRun;
import dev.boundarylab.train.Settings;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Makes the app's icons in {@code assets/} ({@code assets/make-icons.sh} runs it): the seed's network after 1000
 * epochs, whose boundary is the ring, drawn by {@link AppIcon} at each size the window and the app image use.
 */
public final class AppIcons {
    /** The sizes written, {@code icon-N.png} each. */
    public static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private AppIcons() {}

    /** Writes {@code icon-N.png} for every size of {@link #SIZES} into the folder {@code args[0]}. */
    public static void main(String[] args) throws IOException, dev.boundarylab.files.FileFormatException {
        Path folder = Path.of(args.length > 0 ? args[0] : "assets");
        Dataset data = Settings.defaults().loadData();
        Network trained = HeadlessRun.train(
                        data, null, Network.random(Architecture.defaults(), 2), 1.2, 1000, null, null)
                .network();
        // A square around the ring, a little beyond its points, so that the ring sits in the middle.
        Viewport view = new Viewport(-2.2, 2.2, -2.2, 2.2);
        for (int size : SIZES) {
            PngWriter.write(AppIcon.draw(trained, view, size), folder.resolve("icon-" + size + ".png"));
        }
    }
}
