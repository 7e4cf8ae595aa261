package dev.wharf.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.wharf.common.settings.Settings;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.text.Font;

/**
 * Applies the AtlantaFX theme (light or dark), the application stylesheet and a font that has Chinese glyphs.
 *
 * <p>JavaFX CSS takes one font family, not a fallback list, and on Linux JavaFX draws boxes for Chinese unless the
 * family named has CJK glyphs. So the family is chosen here, once, from the fonts installed: Microsoft YaHei on
 * Windows, PingFang SC on macOS, Noto Sans CJK SC or WenQuanYi Micro Hei on Linux.
 */
public final class ThemeManager {
    public static final List<String> CJK_FONT_STACK = List.of(
            "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB",
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei");
    private static final String APP_CSS = "/dev/wharf/ui/theme/wharf.css";

    private final String fontFamily;

    public ThemeManager() {
        this(Font.getFamilies());
    }

    ThemeManager(Collection<String> installedFamilies) {
        this.fontFamily = pickFont(installedFamilies).orElse(null);
    }

    /** The first family of the CJK stack that is installed, if any. */
    public static Optional<String> pickFont(Collection<String> installed) {
        return CJK_FONT_STACK.stream().filter(installed::contains).findFirst();
    }

    public Optional<String> fontFamily() {
        return Optional.ofNullable(fontFamily);
    }

    /** Sets the theme for the whole application and styles {@code scene}. Call on the FX thread. */
    public void apply(Scene scene, String theme) {
        Application.setUserAgentStylesheet(Settings.THEME_DARK.equals(theme)
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        String css = Objects.requireNonNull(ThemeManager.class.getResource(APP_CSS), APP_CSS).toExternalForm();
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add(Settings.THEME_DARK.equals(theme) ? "theme-dark" : "theme-light");
        if (fontFamily != null) {
            scene.getRoot().setStyle("-fx-font-family: \"" + fontFamily + "\";");
        }
    }
}
