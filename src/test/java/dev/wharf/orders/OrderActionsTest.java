package dev.wharf.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.platform.dto.MemoUpdateRequest;
import dev.wharf.store.SqliteOrderDetailQueries;
import dev.wharf.sync.SyncProgress;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order detail's actions against a real sandbox: status rules, refunds, the memo extension round trip. */
class OrderActionsTest {
    @TempDir
    static Path dir;
    static ShopFixture shop;
    static OrderActions actions;
    static SqliteOrderDetailQueries queries;

    @BeforeAll
    static void start() {
        shop = new ShopFixture(dir, 20);
        actions = shop.orderActions();
        queries = new SqliteOrderDetailQueries(shop.db);
    }

    @AfterAll
    static void stop() {
        shop.close();
    }

    private static OrderDetail detail(String id) {
        return queries.detail(id).orElseThrow();
    }

    @Test
    void theMemoGoesToThePlatformThroughTheExtensionAndSurvivesTheNextPull() {
        String id = shop.local("SELECT order_id FROM orders WHERE status = 3 ORDER BY order_id LIMIT 1").get(0);

        actions.saveMemo(detail(id), "  客户要求礼盒包装 gift box  ");
        assertThat(detail(id).sellerMemo()).isEqualTo("客户要求礼盒包装 gift box");
        assertThat(detail(id).pendingChanges()).singleElement()
                .satisfies(p -> assertThat(p.command()).isEqualTo("order.memo"));
        shop.sync.engine().runOnce(SyncProgress.NONE);

        assertThat(shop.sandbox("SELECT seller_memo FROM orders WHERE order_id = ?", Long.parseLong(id)))
                .containsExactly("客户要求礼盒包装 gift box");
        assertThat(detail(id).sellerMemo()).isEqualTo("客户要求礼盒包装 gift box");
        assertThat(detail(id).pendingChanges()).isEmpty();

        actions.saveMemo(detail(id), " ");
        shop.sync.engine().runOnce(SyncProgress.NONE);
        assertThat(shop.sandbox("SELECT seller_memo FROM orders WHERE order_id = ?", Long.parseLong(id)))
                .containsOnlyNulls();
    }

    @Test
    void aMemoOverFiveHundredCharactersIsRefusedHereAndByThePlatform() {
        String id = shop.local("SELECT order_id FROM orders ORDER BY order_id LIMIT 1").get(0);
        assertThatThrownBy(() -> actions.saveMemo(detail(id), "备".repeat(501)))
                .isInstanceOf(ActionRefusedException.class);
        var r = shop.client.updateMemo(new MemoUpdateRequest(Long.parseLong(id), "备".repeat(501)));
        assertThat(r.results()).singleElement().satisfies(x -> {
            assertThat(x.ok()).isFalse();
            assertThat(x.msg()).contains("500");
        });
    }

    @Test
    void cancelAfterAcceptIsRefusedAndNothingIsWritten() {
        String id = shop.local("SELECT order_id FROM orders WHERE status = 17 ORDER BY order_id LIMIT 1").get(0);
        long before = Long.parseLong(shop.local("SELECT count(*) FROM outbox").get(0));
        assertThatThrownBy(() -> actions.cancel(detail(id), "out of stock"))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ActionRefusedException.Reason.CANCEL_AFTER_ACCEPT));
        assertThat(Long.parseLong(shop.local("SELECT count(*) FROM outbox").get(0))).isEqualTo(before);
        assertThat(detail(id).status()).isEqualTo(17);
    }

    @Test
    void cancelBeforeAcceptNeedsAReason() {
        String id = shop.awaitingAccept(1).get(0);
        assertThatThrownBy(() -> actions.cancel(detail(id), "  "))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ActionRefusedException.Reason.REASON_REQUIRED));
        actions.cancel(detail(id), "缺货 out of stock");
        assertThat(detail(id).status()).isEqualTo(13);
    }

    @Test
    void theAddressChangesOnlyWhileAwaitingShipment() {
        String shipped = shop.local("SELECT order_id FROM orders WHERE status = 3 ORDER BY order_id LIMIT 1").get(0);
        OrderDetail.Receiver r = new OrderDetail.Receiver("王小明", "浙江省", "杭州市西湖区文三路 1 号", "310000",
                "13812340000", null);
        assertThatThrownBy(() -> actions.changeAddress(detail(shipped), r))
                .isInstanceOfSatisfying(ActionRefusedException.class, e -> assertThat(e.reason())
                        .isEqualTo(ActionRefusedException.Reason.ADDRESS_NOT_AWAITING_SHIPMENT));
        String accepted = shop.local("SELECT order_id FROM orders WHERE status = 17 ORDER BY order_id DESC LIMIT 1")
                .get(0);
        actions.changeAddress(detail(accepted), r);
        assertThat(detail(accepted).receiver().name()).isEqualTo("王小明");
    }

    @Test
    void aRefundIsRejectedOnlyWithAReasonAndApprovedOnlyForTheAmountAsked() {
        List<String> open = shop.local("SELECT order_id FROM refund WHERE status = 0 ORDER BY refund_id");
        assertThat(open).as("open refunds in the synced shop").hasSizeGreaterThanOrEqualTo(2);
        OrderDetail.Refund first = detail(open.get(0)).refunds().stream().filter(OrderDetail.Refund::open)
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> actions.rejectRefund(first, ""))
                .isInstanceOfSatisfying(ActionRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(ActionRefusedException.Reason.REASON_REQUIRED));
        actions.rejectRefund(first, "商品已发出 already shipped");

        OrderDetail.Refund second = detail(open.get(1)).refunds().stream().filter(OrderDetail.Refund::open)
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> actions.approveRefund(second, second.amountFen() - 1))
                .isInstanceOf(ActionRefusedException.class);
        actions.approveRefund(second, second.amountFen());
        shop.sync.engine().runOnce(SyncProgress.NONE);
        assertThat(shop.sandbox("SELECT status FROM refund WHERE refund_id = ?", first.refundId()))
                .containsExactly("-1");
        assertThat(shop.sandbox("SELECT status FROM refund WHERE refund_id = ?", second.refundId()))
                .containsExactly("1");
    }

    @Test
    void theColourFlagIsLocalAndKeptByThePull() {
        String id = shop.local("SELECT order_id FROM orders ORDER BY order_id DESC LIMIT 1").get(0);
        actions.setColorFlag(detail(id), ColorFlag.PURPLE);
        shop.sync.engine().runOnce(SyncProgress.NONE);
        assertThat(ColorFlag.ofCode(detail(id).colorFlag())).contains(ColorFlag.PURPLE);
        assertThat(shop.local("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND command LIKE 'order.%'", id))
                .containsExactly("0");
    }
}
