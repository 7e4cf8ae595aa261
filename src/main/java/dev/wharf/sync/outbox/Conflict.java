package dev.wharf.sync.outbox;

import java.util.Objects;

/**
 * Why an entry whose answer was lost went to Needs attention instead of being sent again: the platform holds another
 * value than the one Wharf sent, and that value is newer than the send, or the platform cannot say whether it is
 * (decision 0007, "The ambiguity rule per command"). Stored with the entry; the UI words it from its bundle
 * ({@link #bundleKey()} with {@code {0}} the subject, {@code {1}} the platform's value, {@code {2}} the value sent).
 *
 * @param kind             what was compared
 * @param subject          the outer SKU id, or the order id
 * @param platformValue    the platform's value now
 * @param sentValue        the value Wharf sent
 * @param changedAfterSend true when the platform's change time proves the change came at or after the send; false
 *                         when it cannot be told (no change time, or the send time is unknown)
 */
public record Conflict(Kind kind, String subject, String platformValue, String sentValue, boolean changedAfterSend) {

    /** What the check compared. */
    public enum Kind {
        STOCK, PRICE, ADDRESS
    }

    public Conflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        platformValue = platformValue == null ? "" : platformValue;
        sentValue = sentValue == null ? "" : sentValue;
    }

    /** {@code outbox.conflict.<stock|price|address>.<after|unknown>}. */
    public String bundleKey() {
        return "outbox.conflict." + kind.name().toLowerCase(java.util.Locale.ROOT) + "."
                + (changedAfterSend ? "after" : "unknown");
    }

    /** The same words in English, for the log, the command line and {@code last_error}. */
    public String message() {
        String what = switch (kind) {
            case STOCK -> "stock of " + subject;
            case PRICE -> "price of " + subject;
            case ADDRESS -> "address of order " + subject;
        };
        String happened = changedAfterSend
                ? "The platform's " + what + " changed to " + platformValue + " after Wharf sent " + sentValue
                + ": another workstation or the platform's site changed it."
                : "The platform's " + what + " is " + platformValue + ", not the " + sentValue + " Wharf sent, and "
                + "the platform cannot tell whether it changed after Wharf sent it: another workstation, the buyer "
                + "or the platform's site may have changed it.";
        return happened + " Retry to send " + sentValue + " again, or discard to keep " + platformValue + ".";
    }
}
