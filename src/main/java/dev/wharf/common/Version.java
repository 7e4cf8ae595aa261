package dev.wharf.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This build's version, from {@code dev/wharf/version.properties} (filled in by Maven). */
public final class Version {
    private Version() {
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/wharf/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
