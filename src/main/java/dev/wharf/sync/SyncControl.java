package dev.wharf.sync;

import java.util.concurrent.CompletableFuture;

/**
 * What a screen may ask of the sync engine: a run now. Implemented by {@link SyncEngine}; the composition root hands
 * it to the screens that offer "Sync now".
 */
public interface SyncControl {

    /** Asks for a run (outbox delivery, then the pull) as soon as the sync thread is free. */
    CompletableFuture<SyncEngine.Report> syncNow();
}
