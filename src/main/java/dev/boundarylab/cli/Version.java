package dev.boundarylab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, as the pom says it (Maven writes it into a resource when it builds). */
public final class Version {
    private static final String RESOURCE = "/dev/boundarylab/version.properties";

    private Version() {}

    /** The version, e.g. "0.1.0"; "unknown" if the build left no version resource. */
    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown").trim();
            return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
