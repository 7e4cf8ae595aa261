package dev.wharf.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A closed executor (its profile is closing) does not start work asked for late: it ends as cancelled. */
@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {

    @Test
    void workAskedForAfterCloseIsNotStartedAndEndsCancelled() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor(e -> { });
        executor.close();
        AtomicBoolean ran = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);

        TaskHandle handle = executor.execute(BackgroundTask.of(ctx -> {
            ran.set(true);
            return 1;
        }).andFinally(finished::countDown));

        assertThat(finished.await(10, TimeUnit.SECONDS)).as("its andFinally runs").isTrue();
        assertThat(ran).isFalse();
        assertThat(handle.isCancelled()).isTrue();
    }
}
