package dev.wharf.privacy;

import java.util.List;

/** Where a profile's role and the audit log live (implemented by the store, in the shop database). */
public interface AccessStore {

    /** The profile's role and grant; {@link Access#DEFAULT} when never set. */
    Access access();

    /** Saves a new role/grant and its audit line in one transaction. */
    void setAccess(Access access, AuditEntry change);

    /** Writes audit lines in one transaction (all or none). */
    void record(List<AuditEntry> entries);

    /** The newest audit lines first, at most {@code limit}. */
    List<AuditEntry> recent(int limit);

    /** The audit lines of one order, newest first. */
    List<AuditEntry> ofOrder(String orderId);
}
