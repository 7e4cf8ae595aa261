package dev.wharf.orders;

/**
 * Where one accepted order stands with the platform.
 *
 * @param orderId the order
 * @param state   waiting (in the outbox), confirmed, refused (with the platform's message), or skipped (not sent)
 * @param message the platform's message of a refusal, or why it was skipped; else null
 */
public record AcceptResult(String orderId, State state, String message) {

    public enum State { WAITING, CONFIRMED, REFUSED, SKIPPED }

    public boolean finished() {
        return state != State.WAITING;
    }
}
