package dev.wharf.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Money input, margins and search words. */
class ProductRulesTest {

    @Test
    void pricesHaveAtMostTwoDecimals() {
        assertThat(Money.parseFen("12.5")).isEqualTo(1250);
        assertThat(Money.parseFen(" 0.01 ")).isEqualTo(1);
        assertThat(Money.parseFen("199")).isEqualTo(19_900);
        assertThat(Money.parseFen("1.230")).isEqualTo(123);
        assertThatThrownBy(() -> Money.parseFen("1.234")).hasMessageContaining("more than 2 decimals");
        assertThatThrownBy(() -> Money.parseFen("1,000")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Money.parseFen("1e3")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> Money.parseFen("")).hasMessageContaining("empty");
        assertThat(Money.format(1250)).isEqualTo("12.50");
        assertThat(Money.format(-5)).isEqualTo("-0.05");
    }

    @Test
    void marginIsThePriceLessTheCostInRmbExactly() {
        // 8,800 JPY at 0.0470 = 413.60 RMB; sold for 499.00
        Margin m = Margin.of(49_900, new BigDecimal("8800"), "JPY", new BigDecimal("0.0470"));
        assertThat(m.costFen()).isEqualTo(41_360);
        assertThat(m.marginFen()).isEqualTo(8_540);
        assertThat(m.percentOf(49_900)).isEqualByComparingTo("17.1");
        assertThat(m.negative()).isFalse();

        // 0.1 + 0.2 style sums stay exact: 3 × 33.33 USD at 7.1 → 709.93 (half-up of 709.929)
        Margin usd = Margin.of(60_000, new BigDecimal("99.99"), "USD", new BigDecimal("7.1"));
        assertThat(usd.costFen()).isEqualTo(70_993);
        assertThat(usd.marginFen()).isEqualTo(-10_993);
        assertThat(usd.negative()).isTrue();

        assertThat(Margin.of(100, new BigDecimal("0.5"), "CNY", null).marginFen()).isEqualTo(50);
        Margin unknown = Margin.of(100, BigDecimal.ONE, "CHF", null);
        assertThat(unknown.known()).isFalse();
        assertThat(unknown.negative()).isFalse();
        assertThat(unknown.percentOf(100)).isNull();
    }

    @Test
    void shortWordsUseLikeAndLongerOnesTheIndex() {
        SearchTerms t = SearchTerms.parse("  口红 Shiseido\u3000a\"b\"c  包 ");
        assertThat(t.indexed()).containsExactly("Shiseido", "a\"b\"c");
        assertThat(t.short_()).containsExactly("口红", "包");
        assertThat(SearchTerms.phrase("a\"b\"c")).isEqualTo("\"a\"\"b\"\"c\"");
        assertThat(SearchTerms.like("5%_Ab")).isEqualTo("%5\\%\\_ab%");
        assertThat(SearchTerms.parse("   ").isEmpty()).isTrue();
        assertThat(SearchTerms.parse("精华液").indexed()).containsExactly("精华液");
    }

    @Test
    void pendingStateShowsWaitingAndRefusedFirst() {
        assertThat(PendingState.ofOutboxState("sending")).isEqualTo(PendingState.WAITING);
        assertThat(PendingState.ofOutboxState("discarded")).isEqualTo(PendingState.NONE);
        assertThat(PendingState.combine(PendingState.CONFIRMED, PendingState.WAITING)).isEqualTo(PendingState.WAITING);
        assertThat(PendingState.combine(PendingState.WAITING, PendingState.REFUSED)).isEqualTo(PendingState.REFUSED);
        assertThat(PendingState.combine(PendingState.NONE, PendingState.CONFIRMED))
                .isEqualTo(PendingState.CONFIRMED);
    }
}
