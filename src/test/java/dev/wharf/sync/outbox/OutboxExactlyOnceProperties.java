package dev.wharf.sync.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.platform.TransportException;
import dev.wharf.platform.dto.AddressUpdateRequest;
import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.sync.SyncProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * For random interleavings of commands on a few orders and random failures — the sandbox answering 0009 every
 * third call, connections refused before sending, answers lost after the platform applied the call — enough
 * delivery runs leave every command applied exactly once on the sandbox, in the order enqueued per order (a
 * deliver carries two parcels' numbers, so the check before a resend must find both).
 */
class OutboxExactlyOnceProperties {
    private static final Set<String> WRITES = Set.of("acceptOrders", "deliverOrders", "updateAddress");
    private static Path root;
    private static SandboxServer server;

    @BeforeContainer
    static void startSandbox() throws IOException {
        root = Files.createTempDirectory("wharf-outbox-prop");
        server = SandboxServer.start(OutboxFixture.config(root.resolve("sandbox"), 23).withHistory(3, 250)
                .withFaultEvery(3));
    }

    @AfterContainer
    static void stopSandbox() {
        server.close();
    }

    @Property(tries = 30)
    void everyCommandTakesEffectExactlyOnceInOrderPerOrder(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 8) Integer> operations,
            @ForAll long failureSeed) throws IOException {
        try (OutboxFixture f = new OutboxFixture(server, Files.createTempDirectory(root, "shop"))) {
            List<Long> ids = f.awaitingAccept(3);
            assertThat(ids).hasSize(3);
            f.importOrders(ids);

            Map<Long, List<String>> expected = new HashMap<>();
            Map<Long, String> lastAddress = new HashMap<>();
            ids.forEach(id -> expected.put(id, new ArrayList<>()));
            int n = 0;
            for (int op : operations) {
                long id = ids.get(op % 3);
                String order = String.valueOf(id);
                int status = f.localStatus(id);
                switch (op / 3) {
                    case 0 -> {
                        if (status == 2) {
                            f.commands.acceptOrders(List.of(order));
                            expected.get(id).add("accept");
                        }
                    }
                    case 1 -> {
                        if (status == 17) {
                            // two parcels: one deliver carrying both numbers
                            f.commands.deliverOrders(List.of(new DeliverOrder(id, "Y073", "P-" + id + ",Q-" + id,
                                    null)));
                            expected.get(id).add("deliver P-" + id + ",Q-" + id);
                        }
                    }
                    default -> {
                        if (status == 2 || status == 17) {
                            String street = "Street " + (++n);
                            f.commands.changeAddress(new AddressUpdateRequest(id, "王芳", "浙江省", street,
                                    "310000", "13800000000", "0571-000000"));
                            expected.get(id).add("address " + street);
                            lastAddress.put(id, street);
                        }
                    }
                }
            }

            InterceptingApi api = new InterceptingApi(f.client);
            Random failures = new Random(failureSeed);
            api.hook = (method, argument, forward) -> {
                if (!WRITES.contains(method)) {
                    return forward.get();
                }
                int draw = failures.nextInt(4);
                if (draw == 0) {
                    throw new TransportException(method, "connection refused", false, 0, null);
                }
                Object result = forward.get();
                if (draw == 1) {
                    throw new TransportException(method, "answer lost", true, 0, null);
                }
                return result;
            };
            OutboxDispatcher dispatcher = f.dispatcher(api);
            for (int run = 0; run < 200 && f.store.counts().pending() > 0; run++) {
                dispatcher.deliverDue(SyncProgress.NONE);
                f.clock.advance(Duration.ofMinutes(11));
            }

            assertThat(f.store.counts()).isEqualTo(new OutboxCounts(0, 0));
            Map<Long, List<String>> sent = new HashMap<>();
            ids.forEach(id -> sent.put(id, new ArrayList<>()));
            for (InterceptingApi.Call call : api.forwarded) {
                switch (call.method()) {
                    case "acceptOrders" -> ((List<?>) call.argument()).forEach(o -> sent.get((Long) o).add("accept"));
                    case "deliverOrders" -> ((List<?>) call.argument()).forEach(o -> {
                        DeliverOrder d = (DeliverOrder) o;
                        sent.get(d.orderId()).add("deliver " + d.trackingNumber());
                    });
                    case "updateAddress" -> {
                        AddressUpdateRequest a = (AddressUpdateRequest) call.argument();
                        sent.get(a.orderId()).add("address " + a.receiverAddress());
                    }
                    default -> {
                    }
                }
            }
            assertThat(sent).isEqualTo(expected);
            for (long id : ids) {
                boolean delivered = expected.get(id).contains("deliver P-" + id + ",Q-" + id);
                boolean accepted = expected.get(id).contains("accept");
                assertThat(f.sandbox("SELECT status FROM orders WHERE order_id = ?", Long.class, id))
                        .containsExactly(delivered ? 3L : accepted ? 17L : 2L);
                for (String number : List.of("P-" + id, "Q-" + id)) {
                    assertThat(f.sandbox("SELECT count(*) FROM delivery WHERE tracking_number = ?", Long.class,
                            number)).containsExactly(delivered ? 1L : 0L);
                }
                if (lastAddress.containsKey(id)) {
                    assertThat(f.sandbox("SELECT receiver_address FROM orders WHERE order_id = ?", String.class, id))
                            .containsExactly(lastAddress.get(id));
                }
            }
            // leave nothing awaiting acceptance for the next try to pick up by mistake
            for (long id : ids) {
                if (!expected.get(id).contains("accept")) {
                    f.sandboxWrite("UPDATE orders SET status = 12 WHERE order_id = ?", id);
                }
            }
        }
    }
}
