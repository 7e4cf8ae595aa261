package dev.wharf.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs work on a pool of daemon threads through {@link javafx.concurrent.Task}; callbacks run on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskExecutor.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "wharf-task-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final Consumer<Throwable> defaultFailureHandler;

    /** @param defaultFailureHandler runs on the FX thread for failures a task does not handle itself */
    public FxTaskExecutor(Consumer<Throwable> defaultFailureHandler) {
        this.defaultFailureHandler = defaultFailureHandler;
    }

    @Override
    public <T> TaskHandle execute(BackgroundTask<T> task) {
        FxTask<T> fx = new FxTask<>(task);
        fx.setOnSucceeded(e -> task.succeeded(fx.getValue()));
        fx.setOnFailed(e -> {
            LOG.warn("Background task failed", fx.getException());
            task.failed(fx.getException(), defaultFailureHandler);
        });
        fx.setOnCancelled(e -> task.cancelled());
        try {
            pool.execute(fx);
        } catch (RejectedExecutionException e) {
            // closed: the profile is being closed (switching profiles, exit) while a callback asked for more work
            LOG.debug("Task not started: the executor is closed");
            fx.cancel();
        }
        return new Handle(fx);
    }

    /** Stops the pool; work asked for afterwards is not started (it ends as cancelled). */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static final class FxTask<T> extends Task<T> implements WorkContext {
        private final BackgroundTask<T> task;

        FxTask(BackgroundTask<T> task) {
            this.task = task;
        }

        @Override
        protected T call() throws Exception {
            return task.work().run(this);
        }

        @Override
        public void progress(long done, long total) {
            if (total <= 0) {
                updateProgress(-1, 1);
            } else {
                updateProgress(done, total);
            }
        }

        @Override
        public void message(String text) {
            updateMessage(text);
        }
    }

    private record Handle(Task<?> task) implements TaskHandle {
        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return task.progressProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return task.messageProperty();
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return task.runningProperty();
        }

        @Override
        public void cancel() {
            task.cancel(true);
        }

        @Override
        public boolean isCancelled() {
            return task.isCancelled();
        }
    }
}
