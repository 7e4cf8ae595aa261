package dev.wharf.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** A started task: progress and message to bind a progress bar to, and cancel. Properties change on the FX thread. */
public interface TaskHandle {
    /** 0…1, or -1 while the amount of work is unknown. */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    ReadOnlyBooleanProperty runningProperty();

    /** Asks the work to stop; its callbacks other than {@code andFinally} will not run. */
    void cancel();

    boolean isCancelled();
}
