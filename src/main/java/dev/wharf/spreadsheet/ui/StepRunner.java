package dev.wharf.spreadsheet.ui;

import dev.wharf.spreadsheet.Progress;
import dev.wharf.spreadsheet.SheetFileException;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskHandle;
import dev.wharf.ui.task.TaskScope;
import dev.wharf.ui.task.Work;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/**
 * Runs a step of a spreadsheet wizard (open, detect, dry run, apply, report, export) in the background with the
 * screen's progress bar, message and Cancel; a refused file or row shows its message in the error label.
 */
public final class StepRunner {
    private final TaskScope tasks;
    private final Node progressBox;
    private final ProgressBar bar;
    private final Label message;
    private final Button cancel;
    private final Label error;
    private final String cancelledText;
    private TaskHandle running;

    public StepRunner(TaskScope tasks, Node progressBox, ProgressBar bar, Label message, Button cancel, Label error,
                      String cancelledText) {
        this.tasks = tasks;
        this.progressBox = progressBox;
        this.bar = bar;
        this.message = message;
        this.cancel = cancel;
        this.error = error;
        this.cancelledText = cancelledText;
        Parts.show(progressBox, false);
    }

    /** Runs {@code work} with {@code what} as the progress message; {@code done} gets its result on the FX thread. */
    public <T> void run(String what, Work<T> work, Consumer<T> done) {
        error.setText("");
        message.setText(what);
        cancel.setVisible(true);
        Parts.show(progressBox, true);
        TaskHandle[] self = new TaskHandle[1];
        self[0] = tasks.execute(BackgroundTask.of(work).onSuccess(done)
                .onError(Progress.CancelledException.class, e -> error.setText(cancelledText))
                .onError(SheetFileException.class, e -> error.setText(e.getMessage()))
                .onError(IllegalArgumentException.class, e -> error.setText(e.getMessage()))
                .andFinally(() -> {
                    if (running == self[0]) {
                        Parts.show(progressBox, false);
                        if (running.isCancelled()) {
                            error.setText(cancelledText);
                        }
                    }
                }));
        running = self[0];
        bar.progressProperty().bind(running.progressProperty());
    }

    /** A step that, once started, completes (one local transaction) offers no Cancel that could not keep its word. */
    public void hideCancel() {
        cancel.setVisible(false);
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }
}
