package dev.wharf.sync.connect;

/**
 * What "test connection" found.
 *
 * @param problem            null when the platform answered a signed call
 * @param logisticsCompanies how many logistics companies the shop has (the call used to test), when it worked
 * @param detail             the technical reason for the log and for support (never a secret)
 */
public record ConnectionCheck(Problem problem, int logisticsCompanies, String detail) {

    /** Why a connection failed, in terms of what the user can do about it. */
    public enum Problem {
        /** The app id, app secret or auth code is wrong or revoked (0002, 0004). */
        CREDENTIALS,
        /** The computer's clock is more than 10 minutes off the platform's (0003) even after correcting. */
        CLOCK,
        /** No answer: address wrong, offline, proxy or firewall. */
        UNREACHABLE,
        /** The platform answered with another error. */
        PLATFORM
    }

    public boolean ok() {
        return problem == null;
    }

    public static ConnectionCheck success(int logisticsCompanies) {
        return new ConnectionCheck(null, logisticsCompanies, "");
    }
}
