package dev.boundarylab;

import dev.boundarylab.cli.Cli;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * The entry point of {@code java -jar boundary-lab.jar}: no arguments open the window, a subcommand runs headless.
 *
 * <p>JavaFX is supported only as named modules, so it is not in the application jar: its jars lie in {@code lib/}
 * beside it (where {@code ./mvnw package} puts them). To open the window, the launcher loads them as a module
 * layer and the application's classes in a class loader above that layer, as {@code java --module-path lib
 * --add-modules javafx.controls} would, so JavaFX starts without its "unsupported configuration" warning. When
 * JavaFX is already a module of the boot layer ({@code ./mvnw javafx:run}, an app image) it is used as it is.
 */
public final class Launcher {
    private static final String APP = "dev.boundarylab.ui.BoundaryLabApp";

    private Launcher() {}

    /** Opens the window, or runs the command line when given arguments. */
    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            Cli.main(args);
            return;
        }
        if (ModuleLayer.boot().findModule("javafx.graphics").isPresent()) {
            Class.forName(APP).getMethod("main", String[].class).invoke(null, (Object) args);
            return;
        }
        Path jar = ownJar();
        Path lib = jar == null ? null : jar.getParent().resolve("lib");
        if (lib == null || !Files.isDirectory(lib)) {
            System.err.println(
                    "boundary-lab: the window needs JavaFX's jars in a folder 'lib' beside the application"
                            + " jar (./mvnw package puts them in target/lib); the command line (train, sweep) runs without them");
            System.exit(2);
        }
        ClassLoader app = new URLClassLoader(
                new URL[] {jar.toUri().toURL()}, javafxLayer(lib).findLoader("javafx.graphics"));
        Thread.currentThread().setContextClassLoader(app);
        Class.forName(APP, true, app).getMethod("main", String[].class).invoke(null, (Object) args);
    }

    /**
     * The JavaFX modules of the jars in {@code lib} (javafx.controls and what it needs) as a layer over the boot
     * layer. Jars without a module descriptor (Maven's empty placeholders for the platform's jars) are skipped.
     */
    static ModuleLayer javafxLayer(Path lib) throws java.io.IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(lib)) {
            jars = files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .filter(Launcher::isModule)
                    .sorted()
                    .collect(Collectors.toList());
        }
        ModuleLayer boot = ModuleLayer.boot();
        Configuration cf = boot.configuration()
                .resolve(ModuleFinder.of(jars.toArray(Path[]::new)), ModuleFinder.of(), Set.of("javafx.controls"));
        return boot.defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    }

    private static boolean isModule(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry("module-info.class") != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The jar this class was loaded from, or null when it runs from a folder of classes. */
    private static Path ownJar() throws URISyntaxException {
        Path p = Path.of(Launcher.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        return Files.isRegularFile(p) ? p : null;
    }
}
