package dev.wharf.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynchronousTaskExecutorTest {
    private final List<String> events = new ArrayList<>();
    private final List<Throwable> unhandled = new ArrayList<>();
    private final SynchronousTaskExecutor executor = new SynchronousTaskExecutor(unhandled::add);

    @Test
    void successRunsTheSuccessHandlerThenFinally() {
        executor.execute(BackgroundTask.of(ctx -> 42)
                .onSuccess(v -> events.add("success " + v))
                .onFailure(e -> events.add("failure"))
                .andFinally(() -> events.add("finally")));
        assertThat(events).containsExactly("success 42", "finally");
        assertThat(unhandled).isEmpty();
    }

    @Test
    void theFirstMatchingErrorHandlerWinsAndTheFallbackStaysQuiet() {
        executor.execute(BackgroundTask.of(ctx -> {
                    throw new UncheckedIOException(new IOException("disk full"));
                })
                .onSuccess(v -> events.add("success"))
                .onError(IllegalStateException.class, e -> events.add("illegal state"))
                .onError(UncheckedIOException.class, e -> events.add("io: " + e.getCause().getMessage()))
                .onError(RuntimeException.class, e -> events.add("runtime"))
                .andFinally(() -> events.add("finally")));
        assertThat(events).containsExactly("io: disk full", "finally");
        assertThat(unhandled).isEmpty();
    }

    @Test
    void anUnhandledFailureGoesToTheExecutorsDefaultHandler() {
        executor.execute(BackgroundTask.of(ctx -> {
            throw new IllegalArgumentException("bad row");
        }).andFinally(() -> events.add("finally")));
        assertThat(unhandled).singleElement().satisfies(e -> assertThat(e).hasMessage("bad row"));
        assertThat(events).containsExactly("finally");
    }

    @Test
    void progressAndMessageReachTheHandle() {
        TaskHandle[] handle = new TaskHandle[1];
        handle[0] = executor.execute(BackgroundTask.of(ctx -> {
            ctx.message("reading");
            ctx.progress(3, 4);
            return null;
        }));
        assertThat(handle[0].progressProperty().get()).isEqualTo(0.75);
        assertThat(handle[0].messageProperty().get()).isEqualTo("reading");
        assertThat(handle[0].runningProperty().get()).isFalse();
    }
}
