package dev.wharf.sync.outbox;

import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.ProductResult;
import dev.wharf.platform.dto.RefundListResponse.RefundInfo;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The outbox as the delivery needs it (implemented by the store). Every method is one transaction.
 */
public interface OutboxStore {

    /**
     * Entries that may be sent now, oldest first: pending or sending, due ({@code next_attempt_at} null or not
     * after {@code now}), and the first unresolved entry of their aggregate — no earlier entry of the same
     * aggregate is pending, sending or rejected, nor (for an entry whose payload names a {@code product_id}) an
     * earlier entry of that product.
     */
    List<OutboxEntry> dueHeads(Instant now, int limit);

    /**
     * Marks entries as handed to the platform (state sending, attempts + 1), before the call is made. An entry sent
     * for the first time (no attempts yet) records {@code sentAt}, a time the platform's clock had reached (null when
     * unknown); later sends keep the first one.
     */
    void markSending(Collection<Long> ids, Instant sentAt);

    /** The platform confirmed the entry. */
    void markDone(long id);

    /** The platform confirmed these entries (one transaction where the store can: a batch's answers). */
    default void markDoneAll(Collection<Long> ids) {
        ids.forEach(this::markDone);
    }

    /** The platform refused it: Needs attention with the platform's message. */
    void markRejected(long id, String message);

    /**
     * A lost answer's check found the platform's value changed after the send, or could not tell: Needs attention
     * with the conflict (its English message as {@code last_error}); not sent again until the user retries.
     */
    void markConflict(long id, Conflict conflict);

    /**
     * Leaves the entry for a later attempt at {@code nextAttemptAt}. {@code mayHaveBeenApplied} keeps it in state
     * sending (check the platform before sending again); otherwise it goes back to pending.
     */
    void scheduleRetry(long id, Instant nextAttemptAt, boolean mayHaveBeenApplied, String error);

    /** Undoes {@link #markSending} for a call that provably did not reach the platform (credentials refused). */
    void unmarkSending(Collection<Long> ids);

    /** Replaces a payload (e.g. the buyers left to issue a coupon to after a check); state unchanged. */
    void replacePayload(long id, String payload);

    Optional<OutboxEntry> find(long id);

    /** Rejected entries, oldest first. */
    List<OutboxEntry> needsAttention();

    /** Entries not yet done or discarded (pending, sending, rejected), oldest first. */
    List<OutboxEntry> unresolved();

    OutboxCounts counts();

    /** Rejected → pending, attempts reset. */
    void retry(long id);

    /**
     * Rejected → pending with a new payload (already validated by the caller); the local effect is changed to
     * match where the store keeps one (a corrected tracking number replaces the old one on the local order).
     */
    void edit(long id, String payload);

    /** Rejected → discarded. The local effect stays until it is reconciled with the platform. */
    void discard(long id);

    // ------------------------------------------------------------ reconciling local state with the platform

    /** Restores the platform's state of an order locally (status, times, receiver, deliveries). */
    void reconcileOrder(OrderInfo order);

    /** Restores the platform's state of a product and its SKUs (status, names, price, stock). */
    void reconcileProduct(ProductInfo product);

    /** Restores the platform's state of a refund. */
    void reconcileRefund(RefundInfo refund);

    /**
     * A product created locally (id {@code localProductId}) now exists on the platform: its local rows and every
     * later outbox entry that names it take the platform's product and SKU ids.
     */
    void productCreated(String localProductId, ProductResult result);

    /** The bytes of a prepared product image waiting to be uploaded ({@link Payloads.ImageUpload#ref()}). */
    byte[] imageBytes(String ref);

    /**
     * The platform keeps the image {@code ref} at {@code url}: later saves send the URL, and every unresolved product
     * write and local product that names the reference takes the URL instead.
     */
    void imageUploaded(String ref, String url);

    /** Deletes a locally created product that never reached the platform (its create was discarded). */
    void dropLocalProduct(String localProductId);
}
