package dev.wharf.sync.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.platform.dto.OrderResult;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.sync.OutboxDelivery.DeliveryReport;
import dev.wharf.sync.SyncProgress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several parcels (tracking numbers) for one order, end to end: local deliveries → outbox → dispatcher → the real
 * sandbox; each parcel is its own deliver entry, sent exactly once, and the sandbox keeps the handbook's rules.
 */
class SeveralParcelsTest {
    @TempDir
    static Path sandboxDir;
    static SandboxServer server;

    @TempDir
    Path shopDir;
    OutboxFixture f;
    InterceptingApi api;
    OutboxDispatcher dispatcher;

    @BeforeAll
    static void startSandbox() {
        server = SandboxServer.start(OutboxFixture.config(sandboxDir, 23).withHistory(3, 250));
    }

    @AfterAll
    static void stopSandbox() {
        server.close();
    }

    @BeforeEach
    void setUp() {
        f = new OutboxFixture(server, shopDir);
        api = new InterceptingApi(f.client);
        dispatcher = f.dispatcher(api);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    DeliveryReport run() {
        return dispatcher.deliverDue(SyncProgress.NONE);
    }

    List<Long> accepted(int n) {
        List<Long> ids = f.awaitingAccept(n);
        f.importOrders(ids);
        f.commands.acceptOrders(ids.stream().map(String::valueOf).toList());
        assertThat(run().confirmed()).isEqualTo(n);
        return ids;
    }

    List<String> sandboxParcels(long id) {
        return f.sandbox("SELECT company_code || ' ' || tracking_number FROM delivery WHERE order_id = ? ORDER BY id",
                String.class, id);
    }

    List<String> localParcels(long id) {
        return f.local("SELECT logistics_company_code || ' ' || tracking_number FROM delivery WHERE order_id = ? "
                + "ORDER BY delivery_id", String.class, String.valueOf(id));
    }

    @Test
    void severalParcelsInOneCallAndALaterOneReachThePlatformEachOnce() {
        List<Long> ids = accepted(2);
        long a = ids.get(0);
        long b = ids.get(1);

        List<Long> entries = f.commands.deliverOrders(List.of(new DeliverOrder(a, "Y073", "SF-A1", null),
                new DeliverOrder(a, "Y073", "SF-A2", null), new DeliverOrder(b, "Y073", "SF-B1", null)));

        assertThat(entries).hasSize(3).doesNotHaveDuplicates();
        assertThat(localParcels(a)).containsExactly("Y073 SF-A1", "Y073 SF-A2");
        assertThat(f.localStatus(a)).isEqualTo(3);
        assertThat(run().confirmed()).isEqualTo(3);
        assertThat(sandboxParcels(a)).containsExactly("Y073 SF-A1", "Y073 SF-A2");
        assertThat(f.sandbox("SELECT status FROM orders WHERE order_id = ?", Long.class, a)).containsExactly(3L);

        // a parcel found later, for the order already shipped; its answer is lost once: checked, not sent twice
        f.commands.deliverOrders(List.of(new DeliverOrder(a, "Y073", "SF-A3", null)));
        long callsBefore = api.count("deliverOrders");
        api.hook = OutboxDeliveryTest.lostAnswerOnce("deliverOrders");
        run();
        f.clock.advance(Duration.ofMinutes(11));
        assertThat(run().confirmed()).isEqualTo(1);
        assertThat(api.count("deliverOrders")).isEqualTo(callsBefore + 1);
        assertThat(sandboxParcels(a)).containsExactly("Y073 SF-A1", "Y073 SF-A2", "Y073 SF-A3");
        assertThat(localParcels(a)).containsExactly("Y073 SF-A1", "Y073 SF-A2", "Y073 SF-A3");
        assertThat(f.store.counts()).isEqualTo(new OutboxCounts(0, 0));
    }

    @Test
    void aFurtherParcelKeepsTheCompanyAndANumberIsRecordedOnce() {
        long a = accepted(1).get(0);
        f.commands.deliverOrders(List.of(new DeliverOrder(a, "Y073", "SF-C1", null)));
        run();

        assertThatThrownBy(() -> f.commands.deliverOrders(List.of(new DeliverOrder(a, "Y068", "EMS-C2", null))))
                .hasMessageContaining("same company");
        assertThatThrownBy(() -> f.commands.deliverOrders(List.of(new DeliverOrder(a, "Y073", "SF-C1", null))))
                .hasMessageContaining("already ships with tracking number SF-C1");
        assertThatThrownBy(() -> f.commands.deliverOrders(List.of(new DeliverOrder(a, "Y073", "SF-C9", null),
                new DeliverOrder(a, "Y073", "SF-C9", null)))).hasMessageContaining("twice in this request");
        assertThat(localParcels(a)).containsExactly("Y073 SF-C1");
        assertThat(f.store.counts()).isEqualTo(new OutboxCounts(0, 0));

        // the sandbox itself refuses the same three, and a parcel for an order the buyer has received
        List<OrderResult> r = f.client.deliverOrders(List.of(new DeliverOrder(a, "Y068", "EMS-C2", null),
                new DeliverOrder(a, "Y073", "SF-C1", null))).results();
        assertThat(r).extracting(OrderResult::execSuccess).containsExactly(false, false);
        assertThat(r.get(0).msg()).contains("发货后不能修改物流公司");
        assertThat(r.get(1).msg()).contains("该订单已录入此运单号");
        f.sandboxWrite("UPDATE orders SET status = 4 WHERE order_id = ?", a);
        assertThat(f.client.deliverOrders(List.of(new DeliverOrder(a, "Y073", "SF-C3", null))).results().get(0)
                .msg()).contains("订单状态不允许追加运单号");
        assertThat(sandboxParcels(a)).containsExactly("Y073 SF-C1");
    }
}
