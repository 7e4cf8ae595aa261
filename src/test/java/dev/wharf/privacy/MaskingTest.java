package dev.wharf.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {
    @Test
    void aMobileNumberKeepsItsFirstThreeAndLastFourDigits() {
        assertThat(Masking.phone("13812340000")).isEqualTo("138****0000");
        assertThat(Masking.phone(" 13812340000 ")).isEqualTo("138****0000");
        assertThat(Masking.phone("+8613812340000")).isEqualTo("+86138****0000");
    }

    @Test
    void shortNumbersKeepOnlyTheLastFourAndTinyOnesNothing() {
        assertThat(Masking.phone("6543210")).isEqualTo("***3210");
        assertThat(Masking.phone("0571-8888123")).isEqualTo("0571****8123");
        assertThat(Masking.phone("1234")).isEqualTo("****");
    }

    @Test
    void anIdNumberShowsOnlyItsLastFourCharacters() {
        assertThat(Masking.idNumber("11010119900307123X")).isEqualTo("**************123X");
        assertThat(Masking.idNumber("E1234567")).isEqualTo("****4567");
        assertThat(Masking.idNumber("123")).isEqualTo("***");
    }

    @Test
    void nothingToMaskStaysAsItIs() {
        assertThat(Masking.phone(null)).isNull();
        assertThat(Masking.idNumber("")).isEmpty();
    }
}
