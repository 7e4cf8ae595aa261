package dev.wharf.ui.task;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tasks one screen started. A screen runs its work through its scope; when the screen is hidden the scope
 * cancels everything still running, so no hidden screen keeps the database or the network busy.
 */
public final class TaskScope {
    private final TaskExecutor executor;
    private final Set<Registration> running = new LinkedHashSet<>();

    public TaskScope(TaskExecutor executor) {
        this.executor = executor;
    }

    public <T> TaskHandle execute(BackgroundTask<T> task) {
        Registration registration = new Registration();
        synchronized (running) {
            running.add(registration);
        }
        task.whenDone(() -> {
            synchronized (running) {
                running.remove(registration);
                registration.done = true;
            }
        });
        TaskHandle handle = executor.execute(task);
        synchronized (running) {
            registration.handle = handle;
        }
        return handle;
    }

    /** Cancels every task of this scope that is still running. */
    public void cancelAll() {
        List<Registration> copy;
        synchronized (running) {
            copy = List.copyOf(running);
            running.clear();
        }
        for (Registration r : copy) {
            if (r.handle != null && !r.done) {
                r.handle.cancel();
            }
        }
    }

    /** How many tasks of this scope have not finished. */
    public int runningCount() {
        synchronized (running) {
            return running.size();
        }
    }

    private static final class Registration {
        volatile TaskHandle handle;
        volatile boolean done;
    }
}
