package dev.wharf.ui.task;

/**
 * Runs {@link BackgroundTask}s. The application uses {@link FxTaskExecutor} (work on background threads, callbacks
 * on the JavaFX thread); tests of view models use {@link SynchronousTaskExecutor}.
 */
public interface TaskExecutor extends AutoCloseable {
    <T> TaskHandle execute(BackgroundTask<T> task);

    /** Stops accepting work and cancels what is running. */
    @Override
    void close();
}
