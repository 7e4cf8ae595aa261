package dev.wharf.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real executor: work off the FX thread, callbacks on it, and a scope that cancels what is still running. */
class TaskScopeTest {
    private final AtomicReference<Throwable> unhandled = new AtomicReference<>();
    private final FxTaskExecutor executor = new FxTaskExecutor(unhandled::set);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void workRunsOffTheFxThreadAndCallbacksOnIt() throws Exception {
        AtomicBoolean workOnFx = new AtomicBoolean(true);
        AtomicBoolean callbackOnFx = new AtomicBoolean(false);
        CountDownLatch done = new CountDownLatch(1);
        new TaskScope(executor).execute(BackgroundTask.of(ctx -> {
            workOnFx.set(Platform.isFxApplicationThread());
            return "ok";
        }).onSuccess(v -> callbackOnFx.set(Platform.isFxApplicationThread())).andFinally(done::countDown));
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(workOnFx).isFalse();
        assertThat(callbackOnFx).isTrue();
    }

    @Test
    void cancellingTheScopeStopsRunningWorkAndSkipsItsSuccessHandler() throws Exception {
        TaskScope scope = new TaskScope(executor);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        AtomicBoolean succeeded = new AtomicBoolean();
        scope.execute(BackgroundTask.of(ctx -> {
            started.countDown();
            try {
                while (!ctx.isCancelled()) {
                    Thread.sleep(5);
                }
            } catch (InterruptedException e) {
                // cancel(true) interrupts the worker: that is a stop, too
            } finally {
                stopped.countDown();
            }
            return "late";
        }).onSuccess(v -> succeeded.set(true)).andFinally(finished::countDown));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(scope.runningCount()).isEqualTo(1);

        scope.cancelAll();

        assertThat(stopped.await(10, TimeUnit.SECONDS)).as("the work noticed the cancel").isTrue();
        assertThat(finished.await(10, TimeUnit.SECONDS)).as("andFinally still runs").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(succeeded).isFalse();
        assertThat(scope.runningCount()).isZero();
        assertThat(unhandled.get()).isNull();
    }

    @Test
    void finishedTasksLeaveTheScope() throws Exception {
        TaskScope scope = new TaskScope(executor);
        CountDownLatch done = new CountDownLatch(1);
        scope.execute(BackgroundTask.of(ctx -> 1).andFinally(done::countDown));
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scope.runningCount()).isZero();
    }
}
