package dev.wharf.orders;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The reads batch accept needs (implemented by the store). */
public interface AcceptSource {

    /**
     * The lines of these orders (at most 500 ids per call), one line with a null SKU for an order without lines;
     * orders not in the shop are absent.
     */
    List<AcceptLine> lines(Collection<String> orderIds);

    /** Local stock of these SKU keys; keys not in the catalogue are absent. */
    Map<String, Integer> stock(Collection<String> skuKeys);

    /** Every order awaiting acceptance, oldest payment first. */
    List<String> awaitingAccept();

    /** The orders of one cart (any status). */
    List<String> ordersOfTrade(String tradeId);

    /** The outbox state of these entries: id → (state, last error). */
    Map<Long, EntryState> entryStates(Collection<Long> outboxIds);

    /** An outbox entry's {@code state} and {@code last_error}. */
    record EntryState(String state, String lastError) {
    }
}
