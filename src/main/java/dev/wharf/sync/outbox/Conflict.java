package dev.wharf.sync.outbox;

import java.util.Locale;
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
 * @param changedAfterSend true when the platform's change time is not before the recorded send time ("changed to N
 *                         after Wharf sent M"); false when it cannot be told (inside the margin, no change time, no
 *                         send time; always for an address, which has no change time)
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
        changedAfterSend = changedAfterSend && kind != Kind.ADDRESS;
    }

    /** {@code outbox.conflict.<stock|price|address>.<after|unknown>}. */
    public String bundleKey() {
        return "outbox.conflict." + kind.name().toLowerCase(Locale.ROOT) + "."
                + (changedAfterSend ? "after" : "unknown");
    }

    /** The same words as the English bundle, for the log, the command line and {@code last_error}. */
    public String message() {
        if (kind == Kind.ADDRESS) {
            return "The platform's address of order " + subject + " is \"" + platformValue + "\", not the \""
                    + sentValue + "\" Wharf sent, and the platform does not say when an address changed: the buyer, "
                    + "another workstation or the platform's site may have changed it. Retry to send your address "
                    + "again, or discard to keep the platform's.";
        }
        String what = "The platform's " + (kind == Kind.STOCK ? "stock" : "price") + " of " + subject;
        String happened = changedAfterSend
                ? what + " changed to " + platformValue + " after Wharf sent " + sentValue
                + ": another workstation or the platform's site changed it."
                : what + " is " + platformValue + ", not the " + sentValue + " Wharf sent, and Wharf cannot tell "
                + "whether it changed after the send: another workstation or the platform's site may have changed it.";
        return happened + " Retry to send " + sentValue + " again, or discard to keep " + platformValue + ".";
    }
}
