package dev.wharf.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The platform's clock format: {@code yyyy-MM-dd HH:mm:ss} in GMT+8, for timestamps and business times. */
public final class GatewayTime {
    public static final ZoneOffset ZONE = ZoneOffset.ofHours(8);
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private GatewayTime() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : FORMAT.format(instant.atOffset(ZONE));
    }

    /** Parses a platform time; {@code null} or blank gives {@code null}. */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return LocalDateTime.parse(text.strip(), FORMAT).toInstant(ZONE);
    }

    /** Like {@link #parse} but returns {@code null} for text that is not a platform time. */
    public static Instant tryParse(String text) {
        try {
            return parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The platform's calendar day (GMT+8) of an instant. */
    public static LocalDate day(Instant instant) {
        return instant.atOffset(ZONE).toLocalDate();
    }
}
