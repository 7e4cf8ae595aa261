package dev.wharf.privacy;

import java.util.Objects;

/**
 * A profile's role and whether the owner granted it unmasked personal data. The rules (decision 0009): everyone sees
 * receivers' phone and ID numbers masked on screen; the owner, and customer service with the grant, may reveal them
 * (audited) and export them unmasked (audited); customer service without the grant may do neither.
 *
 * @param role                  owner or customer service
 * @param personalDataGranted   the owner's grant to customer service (ignored for the owner)
 */
public record Access(Role role, boolean personalDataGranted) {
    /** A new profile: the person who set it up is the owner. */
    public static final Access DEFAULT = new Access(Role.OWNER, false);

    public Access {
        Objects.requireNonNull(role, "role");
    }

    /** May reveal (show unmasked) a phone or ID number, one order at a time, each time written to the audit log. */
    public boolean mayReveal() {
        return role == Role.OWNER || personalDataGranted;
    }

    /** May export personal data unmasked (every exported order is written to the audit log). */
    public boolean mayExportUnmasked() {
        return mayReveal();
    }

    /** May change roles and grants (Sync &amp; Settings). */
    public boolean mayManageRoles() {
        return role == Role.OWNER;
    }
}
