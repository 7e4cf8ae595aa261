package dev.wharf.app;

import dev.wharf.app.settings.SyncAccess;
import dev.wharf.store.sync.ShopSync;
import dev.wharf.sync.SyncControl;
import dev.wharf.sync.outbox.NeedsAttention;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** {@link SyncAccess} of the composition root, over the profile's state and its sync once started. */
final class AppSyncAccess implements SyncAccess {
    private final BooleanSupplier connected;
    private final BooleanSupplier credentialsMissing;
    private final Supplier<ShopSync> sync;

    AppSyncAccess(BooleanSupplier connected, BooleanSupplier credentialsMissing, Supplier<ShopSync> sync) {
        this.connected = connected;
        this.credentialsMissing = credentialsMissing;
        this.sync = sync;
    }

    @Override
    public State state() {
        if (!connected.getAsBoolean()) {
            return State.NOT_CONNECTED;
        }
        if (sync.get() != null) {
            return State.READY;
        }
        return credentialsMissing.getAsBoolean() ? State.CREDENTIALS_MISSING : State.STARTING;
    }

    @Override
    public Optional<SyncControl> control() {
        return Optional.ofNullable(sync.get()).map(ShopSync::engine);
    }

    @Override
    public Optional<NeedsAttention> outbox() {
        return Optional.ofNullable(sync.get()).map(ShopSync::needsAttention);
    }
}
