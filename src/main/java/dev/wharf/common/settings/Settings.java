package dev.wharf.common.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The user's preferences, saved as {@code settings.json} in the user-data folder.
 *
 * @param language    {@code system}, {@code en} or {@code zh-CN}
 * @param theme       {@code light} or {@code dark}
 * @param window      the main window's last bounds
 * @param lastProfile the shop profile opened last
 * @param syncIntervalSeconds how often a connected shop syncs; {@link #SYNC_INTERVALS} are offered, anything else
 *                    (or 0, a file from before this setting existed) means the default
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Settings(String language, String theme, WindowBounds window, String lastProfile,
                       int syncIntervalSeconds) {

    public static final int DEFAULT_SYNC_INTERVAL = 60;
    public static final java.util.List<Integer> SYNC_INTERVALS = java.util.List.of(30, 60, 300, 900);

    public static final String LANGUAGE_SYSTEM = "system";
    public static final String THEME_LIGHT = "light";
    public static final String THEME_DARK = "dark";

    public Settings {
        language = language == null ? LANGUAGE_SYSTEM : language;
        theme = THEME_DARK.equals(theme) ? THEME_DARK : THEME_LIGHT;
        window = window == null ? WindowBounds.DEFAULT : window;
        syncIntervalSeconds = SYNC_INTERVALS.contains(syncIntervalSeconds) ? syncIntervalSeconds
                : DEFAULT_SYNC_INTERVAL;
    }

    public static Settings defaults() {
        return new Settings(LANGUAGE_SYSTEM, THEME_LIGHT, WindowBounds.DEFAULT, null, DEFAULT_SYNC_INTERVAL);
    }

    public Settings withLanguage(String value) {
        return new Settings(value, theme, window, lastProfile, syncIntervalSeconds);
    }

    public Settings withTheme(String value) {
        return new Settings(language, value, window, lastProfile, syncIntervalSeconds);
    }

    public Settings withWindow(WindowBounds value) {
        return new Settings(language, theme, value, lastProfile, syncIntervalSeconds);
    }

    public Settings withSyncInterval(int seconds) {
        return new Settings(language, theme, window, lastProfile, seconds);
    }

    public Settings withLastProfile(String value) {
        return new Settings(language, theme, window, value, syncIntervalSeconds);
    }

    /** Main window geometry; {@code x}/{@code y} are NaN when the OS should place the window. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
        public static final WindowBounds DEFAULT = new WindowBounds(Double.NaN, Double.NaN, 1280, 800, false);

        public WindowBounds {
            width = Double.isFinite(width) && width >= 640 ? width : DEFAULT.width;
            height = Double.isFinite(height) && height >= 480 ? height : DEFAULT.height;
        }
    }
}
