package dev.wharf.sync.outbox;

import dev.wharf.platform.TrackingNumbers;
import dev.wharf.platform.dto.AddressUpdateRequest;
import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The changes the platform refused, and what the user can do about each: retry it as it is, edit it (e.g. correct
 * a tracking number) and send it again, or discard it. After a discard the local effect is undone by reading the
 * platform's state at once ({@link PlatformChecks#reconcile}); offline, the next pull restores it, since an
 * aggregate with no unresolved entries is no longer held back. A discarded product create removes the local draft.
 */
public final class NeedsAttention {
    private final OutboxStore store;
    private final PlatformChecks checks;
    private final OutboxListener listener;

    public NeedsAttention(OutboxStore store, PlatformChecks checks, OutboxListener listener) {
        this.store = Objects.requireNonNull(store, "store");
        this.checks = Objects.requireNonNull(checks, "checks");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * One item of the list.
     *
     * @param entry       the refused entry
     * @param description command, aggregate and a summary of the payload
     * @param reason      the platform's message
     */
    public record Item(OutboxEntry entry, String description, String reason) {
    }

    /**
     * The corrected fields of a refused delivery.
     *
     * @param logisticsCompanyId the logistics company's platform id
     * @param trackingNumber     the tracking number
     */
    public record DeliveryFields(String logisticsCompanyId, String trackingNumber) {
    }

    public List<Item> list() {
        return store.needsAttention().stream().map(e -> new Item(e, e.describe(), e.lastError())).toList();
    }

    /** Entries waiting to be sent or being sent (pending and sending), oldest first. */
    public List<OutboxEntry> waiting() {
        return store.unresolved().stream()
                .filter(e -> e.state() == OutboxEntry.State.PENDING || e.state() == OutboxEntry.State.SENDING)
                .toList();
    }

    /** The company and tracking number of a delivery entry; empty for other commands. */
    public Optional<DeliveryFields> deliveryFields(OutboxEntry entry) {
        if (entry.command() != Command.ORDER_DELIVER) {
            return Optional.empty();
        }
        DeliverOrder d = (DeliverOrder) Payloads.read(entry.command(), entry.payload());
        return Optional.of(new DeliveryFields(d.logisticsCompanyId(), d.trackingNumber()));
    }

    /**
     * Corrects a refused delivery's company and tracking number (the rest of the payload is kept) and sends it again;
     * validated like {@link #edit}.
     */
    public void editDelivery(long id, DeliveryFields fields) {
        OutboxEntry e = store.find(id).orElseThrow(() -> new IllegalArgumentException("no outbox entry " + id));
        if (e.command() != Command.ORDER_DELIVER) {
            throw new IllegalArgumentException("entry " + id + " is not a delivery");
        }
        DeliverOrder d = (DeliverOrder) Payloads.read(e.command(), e.payload());
        String tracking = strip(fields.trackingNumber());
        if (tracking != null && tracking.indexOf(',') >= 0) {
            tracking = TrackingNumbers.join(TrackingNumbers.split(tracking)); // several parcels: "A, B" → "A,B"
        }
        edit(id, Payloads.write(new DeliverOrder(d.orderId(), strip(fields.logisticsCompanyId()), tracking,
                d.isDomesticDelivery())));
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** Sends the entry again as it is (pending, attempts reset). */
    public void retry(long id) {
        store.retry(id);
        changed();
    }

    /**
     * Replaces the entry's payload and sends it again. The payload must be the command's JSON and name the same
     * order, SKU, product, refund or coupon.
     */
    public void edit(long id, String payload) {
        OutboxEntry e = store.find(id).orElseThrow(() -> new IllegalArgumentException("no outbox entry " + id));
        Object p = Payloads.read(e.command(), payload);
        String aggregate = switch (e.command()) {
            case ORDER_DELIVER -> {
                DeliverOrder d = (DeliverOrder) p;
                if (d.trackingNumber() == null || d.trackingNumber().isBlank()
                        || d.logisticsCompanyId() == null || d.logisticsCompanyId().isBlank()) {
                    throw new IllegalArgumentException("tracking_number and logistics_company_id are required");
                }
                yield String.valueOf(d.orderId());
            }
            case ORDER_ACCEPT -> String.valueOf(((Payloads.Accept) p).orderId());
            case ORDER_CANCEL -> String.valueOf(((dev.wharf.platform.dto.CancelOrdersRequest.CancelOrder) p).orderId());
            case ORDER_ADDRESS -> String.valueOf(((AddressUpdateRequest) p).orderId());
            case ORDER_MEMO -> String.valueOf(((dev.wharf.platform.dto.MemoUpdateRequest) p).orderId());
            case SKU_STOCK -> ((Payloads.Stock) p).outerSkuId();
            case SKU_PRICE -> ((Payloads.Price) p).outerSkuId();
            case REFUND_APPROVE -> ((Payloads.RefundApprove) p).refundId();
            case REFUND_REJECT -> ((Payloads.RefundReject) p).refundId();
            default -> e.aggregateId();
        };
        if (!e.aggregateId().equals(aggregate)) {
            throw new IllegalArgumentException("an edit cannot move the change from " + e.aggregateId() + " to "
                    + aggregate);
        }
        store.edit(id, Payloads.write(p));
        changed();
    }

    /**
     * Gives the change up. Returns true when the local state was restored from the platform at once, false when
     * that is left to the next pull.
     */
    public boolean discard(long id) {
        OutboxEntry e = store.find(id).orElseThrow(() -> new IllegalArgumentException("no outbox entry " + id));
        store.discard(id);
        changed();
        if (e.command() == Command.PRODUCT_CREATE && PlatformChecks.isLocal(e.aggregateId())) {
            store.dropLocalProduct(e.aggregateId());
            return true;
        }
        return checks.reconcile(e);
    }

    private void changed() {
        listener.outboxChanged(store.counts());
    }
}
