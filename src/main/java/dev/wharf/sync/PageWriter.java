package dev.wharf.sync;

import dev.wharf.sync.PullReport.Kind;
import dev.wharf.sync.PullStore.Written;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Writes pages on a second thread so the next page's fetch overlaps this page's transaction. At most one write
 * is outstanding; {@link #submit} waits for the previous one, {@link #finish} for the last. A failed write is
 * rethrown from the next call.
 */
final class PageWriter implements AutoCloseable {
    private final PullRun run;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wharf-pull-page-writer");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

    PageWriter(PullRun run) {
        this.run = run;
    }

    void submit(Supplier<Written> write, Kind kind) {
        finish();
        last = CompletableFuture.supplyAsync(write, thread).thenAccept(w -> run.add(kind, w));
    }

    void finish() {
        try {
            last.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            finish();
        } finally {
            thread.shutdown();
        }
    }
}
