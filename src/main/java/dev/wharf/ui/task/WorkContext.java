package dev.wharf.ui.task;

/** What running work may tell the screen that started it, and ask of it. */
public interface WorkContext {
    /** Reports how far the work is; {@code total <= 0} means "unknown". */
    void progress(long done, long total);

    /** A short line for the user about what is happening now (already translated). */
    void message(String text);

    /** True once the user or a hidden screen cancelled the work; long loops check it and stop. */
    boolean isCancelled();
}
