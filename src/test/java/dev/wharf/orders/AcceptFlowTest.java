package dev.wharf.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batch accept end to end against a real sandbox: plan, enqueue through the outbox, deliver, and per-order results
 * including the platform's refusal of an order the buyer cancelled meanwhile (journey 2).
 */
class AcceptFlowTest {
    @TempDir
    static Path dir;
    static ShopFixture shop;

    @BeforeAll
    static void start() {
        shop = new ShopFixture(dir, 160);
    }

    @AfterAll
    static void stop() {
        shop.close();
    }

    @Test
    void hundredFiftyOrdersAreAcceptedAndTheOneTheBuyerCancelledComesBackRefusedWithThePlatformsMessage() {
        List<String> ids = shop.awaitingAccept(150);
        assertThat(ids).as("paid orders waiting in the synced shop").hasSize(150);
        shop.localWrite("UPDATE sku SET stock = 10000");
        String cancelled = ids.get(37);
        shop.sandboxWrite("UPDATE orders SET status = 12, cancelled_at = 1740794400000 WHERE order_id = ?",
                Long.parseLong(cancelled));
        AcceptService service = shop.acceptService();

        AcceptPlan plan = service.plan(ids, AcceptService.Progress.NONE);
        assertThat(plan.count(AcceptPlan.Verdict.READY)).isEqualTo(150);
        Map<String, Long> enqueued = service.enqueue(plan.toAccept(Map.of()));
        assertThat(AcceptService.tally(service.results(enqueued)).get(AcceptResult.State.WAITING)).isEqualTo(150);
        assertThat(shop.local("SELECT count(*) FROM orders WHERE status = 17 AND order_id IN (" + String.join(",", ids)
                + ")")).containsExactly("150");

        assertThat(service.deliverNow(() -> false)).isTrue();

        List<AcceptResult> results = service.results(enqueued);
        assertThat(results).hasSize(150);
        assertThat(results.stream().filter(r -> r.state() == AcceptResult.State.CONFIRMED)).hasSize(149);
        AcceptResult refused = results.stream().filter(r -> r.orderId().equals(cancelled)).findFirst().orElseThrow();
        assertThat(refused.state()).isEqualTo(AcceptResult.State.REFUSED);
        assertThat(refused.message()).contains("order is not awaiting acceptance");
        assertThat(shop.local("SELECT status FROM orders WHERE order_id = ?", cancelled)).containsExactly("12");
        assertThat(shop.sandbox("SELECT count(*) FROM orders WHERE status = 17 AND order_id IN ("
                + String.join(",", ids) + ")")).containsExactly("149");
    }

    @Test
    void aCartWithAShortItemIsHeldOrItsOtherOrdersAcceptedAsTheUserChooses() {
        List<String> carts = shop.splitCartsWithKnownStock(2);
        assertThat(carts).as("split carts awaiting accept").hasSize(2);
        String held = carts.get(0);
        String partial = carts.get(1);
        List<String> heldOrders = shop.local("SELECT order_id FROM orders WHERE trade_id = ? ORDER BY order_id", held);
        List<String> partialOrders = shop.local("SELECT order_id FROM orders WHERE trade_id = ? ORDER BY order_id",
                partial);
        shop.localWrite("UPDATE sku SET stock = 10000");
        for (String cart : carts) {
            String first = shop.local("SELECT min(order_id) FROM orders WHERE trade_id = ?", cart).get(0);
            shop.localWrite("UPDATE sku SET stock = 0 WHERE sku_id IN (SELECT sku_id FROM order_item WHERE "
                    + "order_id = ?)", first);
        }
        AcceptService service = shop.acceptService();
        List<String> selected = new java.util.ArrayList<>(heldOrders);
        selected.addAll(partialOrders);

        AcceptPlan plan = service.plan(selected, AcceptService.Progress.NONE);
        assertThat(plan.shortCarts()).extracting(AcceptPlan.ShortCart::tradeId).contains(held, partial);
        List<String> toAccept = plan.toAccept(Map.of(held, AcceptPlan.CartChoice.HOLD,
                partial, AcceptPlan.CartChoice.ACCEPT_REST));
        assertThat(toAccept).doesNotContainAnyElementsOf(heldOrders).doesNotContain(partialOrders.get(0));

        service.enqueue(toAccept);
        assertThat(shop.local("SELECT DISTINCT status FROM orders WHERE trade_id = ?", held)).containsExactly("2");
        assertThat(shop.local("SELECT status FROM orders WHERE order_id = ?", partialOrders.get(0)))
                .containsExactly("2");
    }
}
