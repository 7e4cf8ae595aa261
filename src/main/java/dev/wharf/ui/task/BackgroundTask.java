package dev.wharf.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of background work plus what to do on the JavaFX thread when it ends. Built fluently and started with
 * {@link TaskExecutor#execute}:
 *
 * <pre>
 *   tasks.execute(BackgroundTask.of(ctx -> store.count())
 *       .onSuccess(count -> label.setText(...))
 *       .onError(StoreException.class, e -> dialogs.showError(...)));
 * </pre>
 *
 * Exactly one of success, an error handler or the failure fallback runs; then {@code andFinally}. A cancelled task
 * runs only {@code andFinally}.
 */
public final class BackgroundTask<T> {
    private final Work<T> work;
    private Consumer<? super T> onSuccess = value -> { };
    private final List<ErrorHandler<?>> errorHandlers = new ArrayList<>();
    private Consumer<Throwable> onFailure;
    private Runnable andFinally = () -> { };
    private Runnable whenDone = () -> { };

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Handles failures of type {@code type}; the first matching handler wins. */
    public <E extends Throwable> BackgroundTask<T> onError(Class<E> type, Consumer<? super E> handler) {
        errorHandlers.add(new ErrorHandler<>(type, handler));
        return this;
    }

    /** Handles failures no {@link #onError} handler took; without it the executor's default handler runs. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    public BackgroundTask<T> andFinally(Runnable action) {
        this.andFinally = Objects.requireNonNull(action);
        return this;
    }

    /** For {@link TaskScope}: runs after every other callback, whatever the outcome. */
    void whenDone(Runnable action) {
        this.whenDone = action;
    }

    Work<T> work() {
        return work;
    }

    void succeeded(T value) {
        try {
            onSuccess.accept(value);
        } finally {
            finish();
        }
    }

    void failed(Throwable error, Consumer<Throwable> fallback) {
        try {
            for (ErrorHandler<?> handler : errorHandlers) {
                if (handler.handle(error)) {
                    return;
                }
            }
            (onFailure != null ? onFailure : fallback).accept(error);
        } finally {
            finish();
        }
    }

    void cancelled() {
        finish();
    }

    private void finish() {
        try {
            andFinally.run();
        } finally {
            whenDone.run();
        }
    }

    private record ErrorHandler<E extends Throwable>(Class<E> type, Consumer<? super E> handler) {
        boolean handle(Throwable error) {
            if (type.isInstance(error)) {
                handler.accept(type.cast(error));
                return true;
            }
            return false;
        }
    }
}
