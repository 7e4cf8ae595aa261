package dev.wharf.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Personal data of receivers as one profile may see it: masked by default, revealed or exported unmasked only when
 * the profile's role allows it, and every reveal or unmasked export written to the audit log before the data is
 * handed out (decision 0009). Screens call {@link #reveal}; exporters call {@link #recordExport} before writing the
 * file. Blocks on the database: call off the JavaFX thread.
 */
public final class PersonalData {
    private final AccessStore store;
    private final String profile;
    private final Clock clock;

    public PersonalData(AccessStore store, String profile, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Access access() {
        return store.access();
    }

    public String profile() {
        return profile;
    }

    /**
     * Reveals one value of one order: checks the role, writes the audit line, then returns {@code value} unmasked.
     *
     * @param what the field, e.g. {@code receiver_mobile} or {@code id_number}
     * @throws NotPermittedException for customer service without the grant (nothing written)
     */
    public String reveal(String orderId, String what, String value) {
        Access a = store.access();
        if (!a.mayReveal()) {
            throw new NotPermittedException("profile " + profile + " (customer service) may not see unmasked "
                    + what + "; the owner can grant it in Sync & Settings");
        }
        store.record(List.of(new AuditEntry(clock.instant(), profile, a.role(), AuditEntry.Action.REVEAL, what,
                orderId, null)));
        return value;
    }

    /**
     * Records an export of unmasked personal data: one audit line per order, all in one transaction, written
     * BEFORE the caller writes its file (an export that fails afterwards is still on record as attempted).
     *
     * @param what        the personal columns exported, e.g. {@code receiver_mobile,id_number}
     * @param orderIds    the orders in the file
     * @param destination the file (or other destination) for the record
     * @throws NotPermittedException when the role may not export unmasked data (nothing written)
     */
    public void recordExport(String what, Collection<String> orderIds, String destination) {
        Access a = store.access();
        if (!a.mayExportUnmasked()) {
            throw new NotPermittedException("profile " + profile + " (customer service) may not export unmasked "
                    + what + "; export it masked, or ask the owner for the grant");
        }
        List<AuditEntry> lines = new ArrayList<>(orderIds.size());
        var now = clock.instant();
        for (String id : orderIds) {
            lines.add(new AuditEntry(now, profile, a.role(), AuditEntry.Action.EXPORT, what, id, destination));
        }
        if (!lines.isEmpty()) {
            store.record(lines);
        }
    }

    /**
     * Sets the profile's role and grant (owner only), audited.
     *
     * @throws NotPermittedException when the current role is customer service
     */
    public void setAccess(Access next) {
        Access a = store.access();
        if (!a.mayManageRoles()) {
            throw new NotPermittedException("only the owner can change roles and grants");
        }
        store.setAccess(next, new AuditEntry(clock.instant(), profile, a.role(), AuditEntry.Action.ROLE_CHANGE,
                "role", null, next.role().code() + (next.personalDataGranted() ? " +personal data" : "")));
    }

    /**
     * Makes a customer-service profile the owner's again: only with the shop's app secret, which the owner holds
     * (customer service works on a profile the owner connected). Audited.
     *
     * @param appSecret     what the user typed
     * @param isShopSecret  checks it against the profile's stored secret
     * @throws NotPermittedException when the secret does not match (nothing written)
     */
    public void restoreOwner(String appSecret, java.util.function.Predicate<String> isShopSecret) {
        Access a = store.access();
        if (appSecret == null || appSecret.isBlank() || !isShopSecret.test(appSecret.strip())) {
            throw new NotPermittedException("the app secret does not match this shop's");
        }
        store.setAccess(new Access(Role.OWNER, a.personalDataGranted()), new AuditEntry(clock.instant(), profile,
                a.role(), AuditEntry.Action.ROLE_CHANGE, "role", null, "owner (app secret given)"));
    }

    public List<AuditEntry> auditOf(String orderId) {
        return store.ofOrder(orderId);
    }

    public List<AuditEntry> recentAudit(int limit) {
        return store.recent(limit);
    }
}
