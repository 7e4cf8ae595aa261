package dev.wharf.ui.task;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs work and its callbacks at once on the calling thread. For tests of view models and services: no threads,
 * no waiting, deterministic order.
 */
public final class SynchronousTaskExecutor implements TaskExecutor {
    private final Consumer<Throwable> defaultFailureHandler;

    public SynchronousTaskExecutor(Consumer<Throwable> defaultFailureHandler) {
        this.defaultFailureHandler = defaultFailureHandler;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        Handle handle = new Handle();
        handle.running.set(true);
        T value;
        try {
            value = task.work().run(handle);
        } catch (Exception e) {
            handle.running.set(false);
            if (handle.isCancelled()) {
                task.cancelled();
            } else {
                task.failed(e, defaultFailureHandler);
            }
            return handle;
        }
        handle.running.set(false);
        if (handle.isCancelled()) {
            task.cancelled();
        } else {
            task.succeeded(value);
        }
        return handle;
    }

    @Override
    public void close() {
        // nothing runs in the background
    }

    private static final class Handle implements TaskHandle, WorkContext {
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
        private volatile boolean cancelled;

        @Override
        public void progress(long done, long total) {
            progress.set(total <= 0 ? -1 : (double) done / total);
        }

        @Override
        public void message(String text) {
            message.set(text);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return running.getReadOnlyProperty();
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }
}
