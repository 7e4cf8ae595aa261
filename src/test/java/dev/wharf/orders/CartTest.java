package dev.wharf.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Carts: grouping by trade id, totals and the split reasons derived from the orders. */
class CartTest {
    static OrderSummary order(String id, String trade, int status, Integer type, long paymentFen) {
        return new OrderSummary(id, trade, status, type, paymentFen, paymentFen, Instant.EPOCH, Instant.EPOCH, null, 0,
                "王芳", "b1", null, null, 0, true, List.of());
    }

    @Test
    void ordersAreGroupedByTradeInTheOrderOfEachCartsFirstOrder() {
        List<Cart> carts = Cart.group(List.of(order("1", "A", 2, 2, 100), order("2", "B", 2, 2, 100),
                order("3", "A", 17, 3, 50)));

        assertThat(carts).extracting(Cart::tradeId).containsExactly("A", "B");
        assertThat(carts.get(0).orders()).extracting(OrderSummary::orderId).containsExactly("1", "3");
        assertThat(carts.get(0).totalFen()).isEqualTo(150);
        assertThat(carts.get(0).total()).isEqualByComparingTo("1.50");
        assertThat(carts.get(0).awaitingAcceptOrderIds()).containsExactly("1");
    }

    @Test
    void aSingleOrderCartWasNotSplit() {
        assertThat(Cart.splitReasons(List.of(order("1", "A", 2, 2, 300_000)))).isEmpty();
    }

    @Test
    void twoOrdersOfOneDeliveryTypeWereSplitOverTheAmountLimitEvenWhenDiscountsLowerThePaidTotal() {
        assertThat(Cart.splitReasons(List.of(order("1", "A", 2, 2, 150_000), order("2", "A", 2, 2, 120_000))))
                .containsExactly(SplitReason.OVER_AMOUNT_LIMIT);
        assertThat(Cart.splitReasons(List.of(order("1", "A", 2, 2, 90_000), order("2", "A", 2, 2, 90_000))))
                .containsExactly(SplitReason.OVER_AMOUNT_LIMIT);
    }

    @Test
    void differentDeliveryTypesAreTheirOwnReasonAndCombineWithTheLimit() {
        assertThat(Cart.splitReasons(List.of(order("1", "A", 2, 2, 1000), order("2", "A", 2, 7, 1000))))
                .containsExactly(SplitReason.DIFFERENT_DELIVERY_TYPES);
        assertThat(Cart.splitReasons(List.of(order("1", "A", 2, 4, 150_000), order("2", "A", 2, 4, 150_000),
                order("3", "A", 2, 7, 1000)))).containsExactlyInAnyOrder(SplitReason.DIFFERENT_DELIVERY_TYPES,
                SplitReason.OVER_AMOUNT_LIMIT);
    }

    @Test
    void ordersOfUnknownDeliveryTypeGiveNoReason() {
        assertThat(Cart.splitReasons(List.of(order("1", "A", 2, null, 1000), order("2", "A", 2, 7, 1000)))).isEmpty();
    }
}
