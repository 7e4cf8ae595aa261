package dev.wharf.app.settings;

import dev.wharf.sync.SyncControl;
import dev.wharf.sync.outbox.NeedsAttention;
import java.util.Optional;

/**
 * The profile's sync as the Sync &amp; Settings screen sees it, provided by the composition root. The shop's sync is
 * assembled only once a shop is connected and its secrets are readable, so the parts are optional.
 */
public interface SyncAccess {

    /** Where the profile stands. */
    enum State {
        /** No shop yet: the first run was not completed. */
        NOT_CONNECTED,
        /** A shop is saved but its secrets cannot be read: connect it again. */
        CREDENTIALS_MISSING,
        /** Connected; the sync is being set up. */
        STARTING,
        /** Connected and syncing. */
        READY
    }

    State state();

    /** "Sync now"; present when {@link State#READY}. */
    Optional<SyncControl> control();

    /** The outbox's waiting and refused entries; present when {@link State#READY}. */
    Optional<NeedsAttention> outbox();
}
