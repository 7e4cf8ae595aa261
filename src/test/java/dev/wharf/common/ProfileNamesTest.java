package dev.wharf.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.common.ProfileNames.Problem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A new profile's name is its folder's name: safe on every OS and unlike every other profile's. */
class ProfileNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"default", "tokyo", "巴黎店", "東京-2", "shop_1", "v1.2", "Ümlaut"})
    void letterDigitAndPunctuationNamesAreFolderSafe(String name) {
        assertThat(ProfileNames.check(name)).isEmpty();
    }

    @Test
    void eachProblemIsNamed() {
        assertThat(ProfileNames.check("")).contains(Problem.BLANK);
        assertThat(ProfileNames.check("   ")).contains(Problem.BLANK);
        assertThat(ProfileNames.check(null)).contains(Problem.BLANK);
        assertThat(ProfileNames.check("a".repeat(65))).contains(Problem.TOO_LONG);
        assertThat(ProfileNames.check("店".repeat(65))).contains(Problem.TOO_LONG);
        assertThat(ProfileNames.check("my shop")).contains(Problem.CHARACTERS);
        assertThat(ProfileNames.check("a/b")).contains(Problem.CHARACTERS);
        assertThat(ProfileNames.check("a\\b")).contains(Problem.CHARACTERS);
        assertThat(ProfileNames.check("..")).contains(Problem.DOTS);
        assertThat(ProfileNames.check(".hidden")).contains(Problem.DOTS);
        assertThat(ProfileNames.check("shop.")).contains(Problem.DOTS);
        assertThat(ProfileNames.check("con")).contains(Problem.RESERVED);
        assertThat(ProfileNames.check("NUL.txt")).contains(Problem.RESERVED);
        assertThat(ProfileNames.check("COM1")).contains(Problem.RESERVED);
        assertThat(ProfileNames.check("console")).isEmpty();
        assertThat(ProfileNames.check("店".repeat(64))).isEmpty();
    }

    @Test
    void aNameClashesWithAnotherIgnoringCaseAndUnicodeForm() {
        List<String> taken = List.of("default", "Tokyo", "Cafe\u0301");
        assertThat(ProfileNames.check("tokyo", taken)).contains(Problem.EXISTS);
        assertThat(ProfileNames.check("DEFAULT", taken)).contains(Problem.EXISTS);
        assertThat(ProfileNames.check("Caf\u00e9", taken)).as("macOS stores decomposed forms").contains(Problem.EXISTS);
        assertThat(ProfileNames.check("paris", taken)).isEqualTo(Optional.empty());
        assertThat(ProfileNames.check("my shop", taken)).as("the name's own problem comes first")
                .contains(Problem.CHARACTERS);
    }
}
