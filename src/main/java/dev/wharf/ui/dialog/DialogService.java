package dev.wharf.ui.dialog;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The one way screens talk to the user outside their own layout: errors, confirmations, short notices and file
 * choosers. Messages are already translated and say what happened and what the user can do; technical detail
 * goes to the log, never into a stack-trace dialog.
 */
public interface DialogService {
    void showError(String title, String message);

    boolean confirm(String title, String message);

    /** A short, non-blocking notice (e.g. "Backup written"). */
    void notify(String message);

    /** Asks where to save a file; empty when the user cancelled. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription, String extension);

    /** As {@link #chooseSaveFile(String, String, String, String)}, opening in {@code folder} when it exists. */
    default Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
                                          String extension, Optional<Path> folder) {
        return chooseSaveFile(title, suggestedName, filterDescription, extension);
    }

    /**
     * Asks which file to open; empty when the user cancelled (or this service cannot ask).
     *
     * @param extensions e.g. {@code xlsx}, {@code xls}, {@code csv}
     */
    default Optional<Path> chooseOpenFile(String title, String filterDescription, java.util.List<String> extensions) {
        return Optional.empty();
    }

    /** Asks which files to open, several at once where the service can; empty when the user cancelled. */
    default java.util.List<Path> chooseOpenFiles(String title, String filterDescription,
                                                 java.util.List<String> extensions) {
        return chooseOpenFile(title, filterDescription, extensions).map(java.util.List::of)
                .orElse(java.util.List.of());
    }
}
