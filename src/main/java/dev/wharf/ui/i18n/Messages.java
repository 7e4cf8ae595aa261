package dev.wharf.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI text of one language ({@code dev/wharf/messages*.properties}, UTF-8). English is the base bundle;
 * Chinese is {@code messages_zh_CN}. Bundles never fall back to the OS locale, so choosing English on a Chinese
 * Windows shows English.
 */
public final class Messages {
    public static final String BUNDLE = "dev.wharf.messages";

    private final ResourceBundle bundle;

    private Messages(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Messages forLocale(Locale locale) {
        return new Messages(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Languages.ENGLISH : bundle.getLocale();
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** A message with {@link MessageFormat} arguments, e.g. {@code {0} changes waiting}. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale()).format(args);
    }
}
