package dev.wharf.sync;

/**
 * How a long sync reports progress and learns it was cancelled. UI-free: the workstation adapts it to its
 * background-task context, the command line prints it.
 */
public interface SyncProgress {
    /**
     * @param phase what is being synced (e.g. "orders"), for the user
     * @param done  items done in this phase
     * @param total items in this phase, or -1 when unknown
     */
    void progress(String phase, long done, long total);

    /** True once the user cancelled; a sync stops at the next page boundary, keeping what it committed. */
    boolean isCancelled();

    SyncProgress NONE = new SyncProgress() {
        @Override
        public void progress(String phase, long done, long total) {
            // nobody is watching
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
