package dev.wharf.spreadsheet;

/** How long work on a file reports how far it got and hears that the user cancelled. Called on the worker thread. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code total} is -1 when unknown. */
    void progress(long done, long total);

    boolean isCancelled();

    /** Throws {@link CancelledException} when the user cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** The user cancelled; nothing was applied or written. */
    final class CancelledException extends RuntimeException {
        public CancelledException() {
            super("cancelled");
        }
    }
}
