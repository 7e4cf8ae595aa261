package dev.wharf.orders.ui;

import dev.wharf.ui.dialog.DialogService;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A dialog service that answers confirmations as told and records what was said. */
final class RecordingDialogs implements DialogService {
    final List<String> said = new CopyOnWriteArrayList<>();
    volatile boolean confirmAnswer = true;

    @Override
    public void showError(String title, String message) {
        said.add("error: " + title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        said.add("confirm: " + title + ": " + message);
        return confirmAnswer;
    }

    @Override
    public void notify(String message) {
        said.add("notice: " + message);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
                                         String extension) {
        return Optional.empty();
    }
}
