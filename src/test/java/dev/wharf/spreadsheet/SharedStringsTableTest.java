package dev.wharf.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compact shared-strings table gives back every string as it was, across blocks and oversized strings. */
class SharedStringsTableTest {

    @Test
    void everyStringComesBackAcrossBlocks() {
        SharedStrings.Table t = new SharedStrings.Table();
        List<String> expected = new ArrayList<>();
        String big = "长".repeat(400_000); // 1.2 MB of UTF-8: a block of its own
        for (int i = 0; i < 120_000; i++) {
            String s = switch (i % 5) {
                case 0 -> "";
                case 1 -> "SF" + (1_400_000_000_000L + i);
                case 2 -> "浙江省 杭州市西湖区文三路 " + i + " 号";
                case 3 -> i == 60_003 ? big : "张三" + i;
                default -> "😀 emoji " + i;
            };
            expected.add(s);
            t.append(new StringBuilder(s));
        }
        t.append(new StringBuilder(""));
        expected.add("");
        assertThat(t).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(t.get(i)).as("string %d", i).isEqualTo(expected.get(i));
        }
        assertThatThrownBy(() -> t.get(expected.size())).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
