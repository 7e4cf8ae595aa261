package dev.wharf.ui.i18n;

import java.util.List;
import java.util.Locale;

/** The UI languages Wharf ships, and which one to use for a settings value and an OS locale. */
public final class Languages {
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SIMPLIFIED_CHINESE = Locale.SIMPLIFIED_CHINESE;
    /** Settings values: follow the OS, or one of the shipped languages by tag. */
    public static final String SYSTEM = "system";
    public static final List<String> CHOICES = List.of(SYSTEM, "zh-CN", "en");

    private Languages() {
    }

    /**
     * The locale to show. {@code system} picks Simplified Chinese for any Chinese OS locale (zh, zh-CN, zh-SG,
     * zh-Hans; also zh-TW and zh-HK, which are closer to Chinese than to English) and English otherwise.
     */
    public static Locale resolve(String setting, Locale os) {
        if (setting != null && !SYSTEM.equals(setting)) {
            Locale chosen = Locale.forLanguageTag(setting);
            return "zh".equals(chosen.getLanguage()) ? SIMPLIFIED_CHINESE : ENGLISH;
        }
        return os != null && "zh".equals(os.getLanguage()) ? SIMPLIFIED_CHINESE : ENGLISH;
    }
}
