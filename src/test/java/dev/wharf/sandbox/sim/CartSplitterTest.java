package dev.wharf.sandbox.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CartSplitterTest {

    private final CartSplitter splitter = new CartSplitter();

    @Test
    void aSmallCartOfOneDeliveryTypeIsOneOrder() {
        Cart cart = cart(line("essence", "P1", 7, "1150.00", 1), line("mask", "P2", 7, "159.00", 2));

        SplitResult result = splitter.split(cart);

        assertThat(result.orders()).singleElement().satisfies(order -> {
            assertThat(order.lines()).extracting(CartLine::skuId).containsExactly("essence", "mask");
            assertThat(order.total()).isEqualTo(new BigDecimal("1468.00"));
            assertThat(order.deliveryType()).isEqualTo(7);
        });
        assertThat(result.reasons()).isEmpty();
        assertThat(result.isSplit()).isFalse();
    }

    @Test
    void exactlyTheLimitIsStillOneOrder() {
        SplitResult result = splitter.split(cart(line("a", "P1", 3, "1000.00", 1), line("b", "P2", 3, "500.00", 2)));

        assertThat(result.orders()).hasSize(1);
        assertThat(result.orders().get(0).total()).isEqualTo(new BigDecimal("2000.00"));
    }

    @Test
    void oneFenOverTheLimitSplits() {
        SplitResult result = splitter.split(cart(line("a", "P1", 3, "1000.00", 1), line("b", "P2", 3, "1000.01", 1)));

        assertThat(result.orders()).hasSize(2);
        assertThat(result.reasons()).containsExactly(SplitReason.OVER_AMOUNT_LIMIT);
    }

    @Test
    void differentDeliveryTypesGoIntoDifferentOrdersListedByType() {
        Cart cart = cart(line("pliage", "P1", 7, "720.00", 1), line("sunscreen", "P2", 2, "158.00", 1),
                line("cream", "P3", 7, "399.00", 1));

        SplitResult result = splitter.split(cart);

        assertThat(result.orders()).extracting(SplitOrder::deliveryType).containsExactly(2, 7);
        assertThat(result.orders().get(1).lines()).extracting(CartLine::skuId).containsExactly("pliage", "cream");
        assertThat(result.reasons()).containsExactly(SplitReason.DIFFERENT_DELIVERY_TYPES);
    }

    @Test
    void overTheLimitPacksLargestFirstIntoTheFirstOrderThatFits() {
        // 1200 + 700 | 900 + 600 + 300 (sorted: 1200, 900, 700, 600, 300)
        Cart cart = cart(line("c300", "P1", 3, "300.00", 1), line("c600", "P2", 3, "600.00", 1),
                line("c700", "P3", 3, "700.00", 1), line("c900", "P4", 3, "900.00", 1),
                line("c1200", "P5", 3, "1200.00", 1));

        SplitResult result = splitter.split(cart);

        assertThat(result.orders()).extracting(order -> order.lines().stream().map(CartLine::skuId).toList())
                .containsExactly(List.of("c700", "c1200"), List.of("c300", "c600", "c900"));
        assertThat(result.orders()).extracting(SplitOrder::total)
                .containsExactly(new BigDecimal("1900.00"), new BigDecimal("1800.00"));
        assertThat(result.reasons()).containsExactly(SplitReason.OVER_AMOUNT_LIMIT);
    }

    @Test
    void aLineIsNeverDividedEvenWhenItsQuantityIsOverTheLimit() {
        SplitResult result = splitter.split(cart(line("mask", "P1", 4, "89.00", 30), line("cream", "P2", 4, "98.00", 1)));

        assertThat(result.orders()).extracting(SplitOrder::total)
                .containsExactly(new BigDecimal("2670.00"), new BigDecimal("98.00"));
        assertThat(result.orders().get(0).lines()).singleElement()
                .satisfies(line -> assertThat(line.quantity()).isEqualTo(30));
    }

    @Test
    void aSingleBagOverTheLimitIsOneOrderWithoutAReason() {
        SplitResult result = splitter.split(cart(line("tabby", "P1", 2, "2980.00", 1)));

        assertThat(result.orders()).hasSize(1);
        assertThat(result.reasons()).isEmpty();
    }

    @Test
    void aBagOverTheLimitShipsAloneAndTheRestTogether() {
        Cart cart = cart(line("tabby", "P1", 2, "2980.00", 1), line("wallet", "P2", 2, "1180.00", 1),
                line("glasses", "P3", 2, "690.00", 1));

        SplitResult result = splitter.split(cart);

        assertThat(result.orders()).extracting(order -> order.lines().stream().map(CartLine::skuId).toList())
                .containsExactly(List.of("tabby"), List.of("wallet", "glasses"));
        assertThat(result.reasons()).containsExactly(SplitReason.OVER_AMOUNT_LIMIT);
    }

    @Test
    void bothReasonsAtOnce() {
        Cart cart = cart(line("a", "P1", 3, "1500.00", 1), line("b", "P2", 3, "800.00", 1),
                line("c", "P3", 5, "200.00", 1));

        assertThat(splitter.split(cart).reasons())
                .containsExactly(SplitReason.OVER_AMOUNT_LIMIT, SplitReason.DIFFERENT_DELIVERY_TYPES);
    }

    @Test
    void theSkusOfOneProductStayTogetherWhenTheyFit() {
        // Largest first alone would give 1300 + 600 | 600 + 300; the two colours of P2 are kept together instead.
        Cart cart = cart(line("bag", "P1", 2, "1300.00", 1), line("black", "P2", 2, "600.00", 1),
                line("red", "P2", 2, "600.00", 1), line("scarf", "P3", 2, "300.00", 1));

        SplitResult result = splitter.split(cart);

        assertThat(result.orders()).extracting(order -> order.lines().stream().map(CartLine::skuId).toList())
                .containsExactly(List.of("bag", "scarf"), List.of("black", "red"));
    }

    @Test
    void equalTotalsAreOrderedBySkuIdSoTheResultIsTheSameForAnyCartOrder() {
        Cart one = cart(line("b", "P1", 3, "1500.00", 1), line("a", "P2", 3, "1500.00", 1));
        Cart other = cart(line("a", "P2", 3, "1500.00", 1), line("b", "P1", 3, "1500.00", 1));

        assertThat(splitter.split(one).orders().get(0).lines()).extracting(CartLine::skuId).containsExactly("a");
        assertThat(splitter.split(other).orders().get(0).lines()).extracting(CartLine::skuId).containsExactly("a");
    }

    @Test
    void theLimitCanBeConfigured() {
        SplitResult result = new CartSplitter(new BigDecimal("500")).split(
                cart(line("a", "P1", 7, "300.00", 1), line("b", "P2", 7, "300.00", 1)));

        assertThat(result.orders()).hasSize(2);
        assertThatThrownBy(() -> new CartSplitter(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CartSplitter(new BigDecimal("0.001")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void linesAndCartsRejectWhatThePlatformWouldNot() {
        assertThatThrownBy(() -> line("a", "P1", 6, "10.00", 1)).hasMessageContaining("delivery type 6");
        assertThatThrownBy(() -> line("a", "P1", 2, "10.001", 1)).hasMessageContaining("more than 2 decimals");
        assertThatThrownBy(() -> line("a", "P1", 2, "10.00", 0)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> cart(line("a", "P1", 2, "10.00", 1), line("a", "P1", 2, "10.00", 2)))
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> new Cart("buyer", List.of())).hasMessageContaining("no lines");
    }

    @Test
    void pricesAreKeptWithTwoDecimals() {
        CartLine line = line("a", "P1", 2, "158", 3);

        assertThat(line.unitPrice()).isEqualTo(new BigDecimal("158.00"));
        assertThat(line.lineTotal()).isEqualTo(new BigDecimal("474.00"));
    }

    private static Cart cart(CartLine... lines) {
        return new Cart("buyer_1", List.of(lines));
    }

    private static CartLine line(String skuId, String productId, int deliveryType, String unitPrice, int quantity) {
        return new CartLine(skuId, productId, "OUT-" + skuId, "商品 " + skuId, "", deliveryType,
                new BigDecimal(unitPrice), quantity);
    }
}
