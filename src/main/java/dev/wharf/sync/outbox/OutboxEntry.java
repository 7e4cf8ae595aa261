package dev.wharf.sync.outbox;

import java.time.Instant;
import java.util.Objects;

/**
 * One outbox row: a platform command waiting for (or past) delivery.
 *
 * @param id            {@code outbox_id}: the order of enqueueing
 * @param command       what to send
 * @param aggregateId   the order, product, outer SKU, refund or coupon it is about
 * @param payload       the command's parameters as JSON (see {@link Payloads})
 * @param state         where it is in its life
 * @param attempts      sends tried so far
 * @param createdAt     when the user made the change
 * @param nextAttemptAt not before this (backoff), or null
 * @param lastError     the platform's message of a rejection, or the last transient failure
 * @param sentAt        a time the platform's clock had reached when the entry was first sent (since created or last
 *                      retried by the user), or null: not sent yet, or sent while the platform's time was unknown
 * @param conflict      why a lost answer's check put it in Needs attention, or null (decision 0007)
 */
public record OutboxEntry(long id, Command command, String aggregateId, String payload, State state, int attempts,
                          Instant createdAt, Instant nextAttemptAt, String lastError, Instant sentAt,
                          Conflict conflict) {

    /** {@code outbox.state}. */
    public enum State {
        /** Waiting to be sent (again). */
        PENDING("pending"),
        /** Handed to the platform, outcome unknown: check the platform's state before sending again. */
        SENDING("sending"),
        /** Confirmed by the platform. */
        DONE("done"),
        /** Refused by the platform: Needs attention (retry, edit or discard). */
        REJECTED("rejected"),
        /** Given up by the user. */
        DISCARDED("discarded");

        private final String code;

        State(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static State of(String code) {
            for (State s : values()) {
                if (s.code.equals(code)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("unknown outbox state: " + code);
        }
    }

    public OutboxEntry {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(state, "state");
    }

    /** The same entry with another payload. */
    public OutboxEntry withPayload(String newPayload) {
        return new OutboxEntry(id, command, aggregateId, newPayload, state, attempts, createdAt, nextAttemptAt,
                lastError, sentAt, conflict);
    }

    /** A one-line description for lists: command, aggregate and a summary of the payload. */
    public String describe() {
        return command.code() + " " + command.aggregateType().code() + " " + aggregateId + ": "
                + Payloads.summary(command, payload);
    }
}
