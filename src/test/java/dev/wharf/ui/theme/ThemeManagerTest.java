package dev.wharf.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ThemeManagerTest {

    @Test
    void picksTheFirstInstalledChineseFontOfTheStack() {
        assertThat(ThemeManager.pickFont(List.of("Arial", "Microsoft YaHei", "SimSun"))).contains("Microsoft YaHei");
        assertThat(ThemeManager.pickFont(List.of("Helvetica", "PingFang SC"))).contains("PingFang SC");
        assertThat(ThemeManager.pickFont(List.of("DejaVu Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC")))
                .contains("Noto Sans CJK SC");
        assertThat(ThemeManager.pickFont(List.of("DejaVu Sans"))).isEmpty();
    }
}
