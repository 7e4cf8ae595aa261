package dev.wharf.privacy;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: who (profile and role) did what with unmasked personal data of which order, and when.
 *
 * @param at      when
 * @param profile the profile's name
 * @param role    its role at the time
 * @param action  reveal, export or a change of roles
 * @param what    the data: e.g. {@code receiver_mobile}, {@code id_number}, or for exports the columns
 * @param orderId the order, or null (role changes)
 * @param detail  free text: the export's file, the new role
 */
public record AuditEntry(Instant at, String profile, Role role, Action action, String what, String orderId,
                         String detail) {

    /** {@code audit_log.action}. */
    public enum Action {
        REVEAL("reveal"), EXPORT("export"), ROLE_CHANGE("role");

        private final String code;

        Action(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Action of(String code) {
            for (Action a : values()) {
                if (a.code.equals(code)) {
                    return a;
                }
            }
            throw new IllegalArgumentException("unknown audit action: " + code);
        }
    }

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(what, "what");
    }
}
