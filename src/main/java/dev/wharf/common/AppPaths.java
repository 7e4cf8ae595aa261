package dev.wharf.common;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where Wharf keeps its files: one user-data folder with the settings, the logs and one folder per shop profile.
 *
 * <pre>
 *   Windows  %APPDATA%\Wharf
 *   macOS    ~/Library/Application Support/Wharf
 *   Linux    $XDG_DATA_HOME/wharf (default ~/.local/share/wharf)
 * </pre>
 *
 * {@code WHARF_HOME} (environment) or {@code -Dwharf.home} overrides the folder, for portable installs and tests.
 */
public record AppPaths(Path home) {

    public static final String DEFAULT_PROFILE = "default";
    public static final String DATABASE_FILE = "wharf.db";

    public AppPaths {
        Objects.requireNonNull(home, "home");
        home = home.toAbsolutePath().normalize();
    }

    /** The user-data folder for this OS and user. */
    public static AppPaths forCurrentUser() {
        return new AppPaths(resolveHome(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("user.home", "."), System.getProperty("wharf.home")));
    }

    static Path resolveHome(String osName, Map<String, String> env, String userHome, String override) {
        if (notBlank(override)) {
            return Path.of(override);
        }
        if (notBlank(env.get("WHARF_HOME"))) {
            return Path.of(env.get("WHARF_HOME"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return notBlank(appData) ? Path.of(appData, "Wharf") : Path.of(userHome, "AppData", "Roaming", "Wharf");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Wharf");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return notBlank(xdg) ? Path.of(xdg, "wharf") : Path.of(userHome, ".local", "share", "wharf");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public Path settingsFile() {
        return home.resolve("settings.json");
    }

    public Path logDir() {
        return home.resolve("logs");
    }

    public Path profilesDir() {
        return home.resolve("profiles");
    }

    /** The folder of a named shop profile inside the user-data folder. */
    public Path profileDir(String profileName) {
        if (ProfileNames.check(profileName).isPresent()) {
            throw new IllegalArgumentException("Invalid profile name '" + profileName
                    + "': use 1-64 letters, digits, '_', '-' or '.'");
        }
        return profilesDir().resolve(profileName);
    }

    /** The SQLite file inside a profile folder. */
    public static Path databaseFile(Path profileDir) {
        return profileDir.resolve(DATABASE_FILE);
    }
}
