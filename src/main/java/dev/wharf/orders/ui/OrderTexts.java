package dev.wharf.orders.ui;

import dev.wharf.orders.Cart;
import dev.wharf.orders.Deadlines;
import dev.wharf.orders.OrderStatus;
import dev.wharf.orders.OrderSummary;
import dev.wharf.orders.SplitReason;
import dev.wharf.ui.i18n.Messages;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the Orders screen words statuses, money, deadlines and split reasons, in the user's language. */
final class OrderTexts {
    private static final ZoneId PLATFORM_TIME = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;

    OrderTexts(Messages messages) {
        this.messages = messages;
    }

    String status(int code) {
        return OrderStatus.ofCode(code).map(s -> messages.get("orders.status." + s.name().toLowerCase(Locale.ROOT)))
                .orElse(Integer.toString(code));
    }

    String delivery(Integer type) {
        return type == null ? "" : messages.get("orders.delivery." + type);
    }

    String money(long fen) {
        return messages.format("orders.money", BigDecimal.valueOf(fen, 2));
    }

    String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(PLATFORM_TIME));
    }

    String splitReasons(Cart cart) {
        return cart.splitReasons().stream().map(r -> messages.get("orders.split." + key(r)))
                .collect(Collectors.joining(messages.get("orders.listSeparator")));
    }

    private static String key(SplitReason r) {
        return r.name().toLowerCase(Locale.ROOT);
    }

    String cart(Cart cart) {
        return messages.format("orders.cart", cart.tradeId(), cart.orders().size());
    }

    /** "in 5 h 20 min" or "overdue by 2 h", from now; "" without a deadline. */
    String due(Instant due, Instant now) {
        if (due == null) {
            return "";
        }
        Duration left = Duration.between(now, due);
        String span = span(left.abs());
        return left.isNegative() ? messages.format("orders.due.overdue", span) : messages.format("orders.due.in", span);
    }

    String deadline(Deadlines.Deadline d, Instant now) {
        return messages.format("orders.deadline", messages.get("orders.deadline." + d.kind().name()
                .toLowerCase(Locale.ROOT)), time(d.due()), due(d.due(), now));
    }

    private String span(Duration d) {
        long days = d.toDays();
        if (days > 0) {
            return messages.format("orders.span.days", days, d.toHoursPart());
        }
        return messages.format("orders.span.hours", d.toHours(), d.toMinutesPart());
    }

    String receiver(OrderSummary o) {
        return o.receiverName() == null ? "" : o.receiverName();
    }
}
