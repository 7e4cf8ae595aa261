package dev.wharf.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkuPropertiesTextTest {
    private static final String HANDBOOK = "06f25e0c-e431-44ae-8a07-4d0bc824e3bd#尺寸:951a814e-2ded-4241-b9a0-91b2cd9a44fd#6,"
            + "d2f663ea-3214-4344-abce-a8eaffcc43ce#颜色:f3ed3ad7-a084-450b-b698-256542963306#红色";

    @Test
    void theHandbooksExampleReadsAsNamesAndValues() {
        assertThat(SkuPropertiesText.format(HANDBOOK)).isEqualTo("尺寸: 6, 颜色: 红色");
        assertThat(SkuPropertiesText.parse(HANDBOOK)).containsExactly(
                new SkuPropertiesText.Property("尺寸", "6"), new SkuPropertiesText.Property("颜色", "红色"));
    }

    @Test
    void aValueWithACommaOrColonStaysWhole() {
        assertThat(SkuPropertiesText.format("a#规格:b#2件装, 每件:50ml,c#颜色:d#黑"))
                .isEqualTo("规格: 2件装, 每件:50ml, 颜色: 黑");
    }

    @Test
    void textOfAnotherShapeIsShownAsItCame() {
        assertThat(SkuPropertiesText.format(" 红色 / L ")).isEqualTo("红色 / L");
        assertThat(SkuPropertiesText.format(null)).isEmpty();
        assertThat(SkuPropertiesText.format("")).isEmpty();
        assertThat(SkuPropertiesText.parse("x#颜色:y#红, 大号")).containsExactly(new SkuPropertiesText.Property("颜色", "红, 大号"));
    }
}
