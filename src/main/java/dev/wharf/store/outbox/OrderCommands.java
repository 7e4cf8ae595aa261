package dev.wharf.store.outbox;

import static dev.wharf.store.outbox.CommandSupport.blank;
import static dev.wharf.store.outbox.CommandSupport.distinctIds;
import static dev.wharf.store.outbox.CommandSupport.orderId;
import static dev.wharf.store.outbox.CommandSupport.required;
import static dev.wharf.store.outbox.SqliteOutboxStore.insert;
import static dev.wharf.store.outbox.SqliteOutboxStore.update;

import dev.wharf.platform.dto.AddressUpdateRequest;
import dev.wharf.platform.dto.CancelOrdersRequest.CancelOrder;
import dev.wharf.sync.outbox.Command;
import dev.wharf.sync.outbox.Payloads;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The order commands of {@link SqliteLocalCommands}: accept, cancel, address change and memo (deliver: {@link DeliverCommands}). */
final class OrderCommands {
    private static final int STATUS_UNPAID = 1;
    private static final int STATUS_PAID = 2;
    private static final int STATUS_ACCEPTED = 17;
    private static final int STATUS_SELLER_CANCELLED = 13;
    /** The longest seller memo (the sandbox's limit; the platform's own back office shows about as much). */
    static final int MEMO_MAX = 500;

    private final CommandSupport s;

    OrderCommands(CommandSupport support) {
        this.s = support;
    }

    List<Long> acceptOrders(List<String> orderIds) {
        List<String> ids = distinctIds(orderIds, "orderIds");
        return s.run(c -> {
            long now = s.clock.millis();
            List<Long> out = new ArrayList<>();
            for (String id : ids) {
                int status = orderStatus(c, id);
                if (status != STATUS_PAID) {
                    throw new IllegalArgumentException("order " + id + " is not awaiting acceptance (status "
                            + status + ")");
                }
                update(c, "UPDATE orders SET status = ?, accepted_at = ? WHERE order_id = ?", STATUS_ACCEPTED, now, id);
                out.add(insert(c, Command.ORDER_ACCEPT, id, new Payloads.Accept(Long.parseLong(id)), now));
            }
            return out;
        });
    }

    long cancelOrder(String orderId, String reason) {
        String id = orderId(orderId);
        String why = required(reason, "reason for cancelling order " + id);
        return s.run(c -> {
            long now = s.clock.millis();
            int status = orderStatus(c, id);
            if (status != STATUS_UNPAID && status != STATUS_PAID) {
                throw new IllegalArgumentException("order " + id + " can no longer be cancelled (status " + status
                        + "): only orders not yet accepted can");
            }
            update(c, "UPDATE orders SET status = ?, cancelled_at = ? WHERE order_id = ?", STATUS_SELLER_CANCELLED,
                    now, id);
            return insert(c, Command.ORDER_CANCEL, id, new CancelOrder(Long.parseLong(id), why), now);
        });
    }

    long changeAddress(AddressUpdateRequest a) {
        if (a == null || a.orderId() == null) {
            throw new IllegalArgumentException("order_id is required");
        }
        String id = String.valueOf(a.orderId());
        required(a.receiverName(), "receiver_name of order " + id);
        required(a.receiverAddress(), "receiver_address of order " + id);
        if (blank(a.receiverMobile()) && blank(a.receiverPhone())) {
            throw new IllegalArgumentException("receiver_mobile or receiver_phone of order " + id + " is required");
        }
        return s.run(c -> {
            int status = orderStatus(c, id);
            if (status != STATUS_PAID && status != STATUS_ACCEPTED) {
                throw new IllegalArgumentException("the address of order " + id + " can no longer change (status "
                        + status + ")");
            }
            update(c, "UPDATE orders SET receiver_name = ?, receiver_state = ?, receiver_address = ?, "
                    + "receiver_zip = ?, receiver_mobile = ?, receiver_phone = ? WHERE order_id = ?",
                    a.receiverName(), a.receiverState(), a.receiverAddress(), a.receiverZip(), a.receiverMobile(),
                    a.receiverPhone(), id);
            return insert(c, Command.ORDER_ADDRESS, id, a, s.clock.millis());
        });
    }

    long updateMemo(String orderId, String memo) {
        String id = orderId(orderId);
        if (memo == null) {
            throw new IllegalArgumentException("memo of order " + id + " is required (empty clears it)");
        }
        String text = memo.strip();
        if (text.codePointCount(0, text.length()) > MEMO_MAX) {
            throw new IllegalArgumentException("the memo of order " + id + " is longer than " + MEMO_MAX
                    + " characters");
        }
        return s.run(c -> {
            orderStatus(c, id);
            update(c, "UPDATE orders SET seller_memo = ? WHERE order_id = ?", text.isEmpty() ? null : text, id);
            return insert(c, Command.ORDER_MEMO, id,
                    new dev.wharf.platform.dto.MemoUpdateRequest(Long.parseLong(id), text), s.clock.millis());
        });
    }

    private static int orderStatus(Connection c, String orderId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM orders WHERE order_id = ?")) {
            ps.setString(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("order " + orderId + " is not in the shop");
                }
                return rs.getInt(1);
            }
        }
    }
}
