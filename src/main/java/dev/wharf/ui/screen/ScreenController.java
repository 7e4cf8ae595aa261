package dev.wharf.ui.screen;

import dev.wharf.ui.task.TaskExecutor;
import dev.wharf.ui.task.TaskScope;

/** Base of screen controllers: work started through {@link #tasks} is cancelled when the screen is hidden. */
public abstract class ScreenController implements Screen {
    protected final TaskScope tasks;

    protected ScreenController(TaskExecutor executor) {
        this.tasks = new TaskScope(executor);
    }

    @Override
    public void activate() {
        // most screens reload their data here
    }

    @Override
    public void deactivate() {
        tasks.cancelAll();
    }
}
