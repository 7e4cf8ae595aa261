package dev.wharf.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void followsTheOperatingSystemByDefault() {
        assertThat(Languages.resolve("system", Locale.SIMPLIFIED_CHINESE)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Languages.resolve("system", Locale.forLanguageTag("zh-Hans-SG"))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Languages.resolve(null, Locale.TRADITIONAL_CHINESE)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(Languages.resolve("system", Locale.US)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.resolve("system", Locale.JAPAN)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anExplicitChoiceWinsOverTheOperatingSystem() {
        assertThat(Languages.resolve("en", Locale.SIMPLIFIED_CHINESE)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.resolve("zh-CN", Locale.US)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void englishIsShownOnAChineseSystemWhenChosen() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            Messages english = Messages.forLocale(Locale.ENGLISH);
            assertThat(english.get("nav.orders")).isEqualTo("Orders");
            Messages chinese = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
            assertThat(chinese.get("nav.orders")).isEqualTo("订单");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void formatsPluralsAndNumbersPerLanguage() {
        Messages en = Messages.forLocale(Locale.ENGLISH);
        assertThat(en.format("status.pending", 0)).isEqualTo("No changes waiting");
        assertThat(en.format("status.pending", 1)).isEqualTo("1 change waiting");
        assertThat(en.format("status.pending", 1234)).isEqualTo("1,234 changes waiting");
        Messages zh = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.format("status.pending", 6)).isEqualTo("6 项修改待上传");
    }

    @Test
    void aMissingKeyIsVisibleInsteadOfCrashing() {
        assertThat(Messages.forLocale(Locale.ENGLISH).get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
