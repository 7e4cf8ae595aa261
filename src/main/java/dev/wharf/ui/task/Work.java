package dev.wharf.ui.task;

/** Work that runs off the JavaFX thread. It reports progress and checks for cancellation through its context. */
@FunctionalInterface
public interface Work<T> {
    T run(WorkContext context) throws Exception;
}
