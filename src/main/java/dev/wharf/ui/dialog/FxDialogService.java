package dev.wharf.ui.dialog;

import dev.wharf.ui.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/** Dialogs and notifications with JavaFX and ControlsFX, owned by the main window. Call on the FX thread. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Supplier<Messages> messages;

    public FxDialogService(Supplier<Window> owner, Supplier<Messages> messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public void notify(String message) {
        Window window = owner.get();
        if (window == null || !window.isShowing()) {
            return;
        }
        Notifications.create()
                .owner(window)
                .title(messages.get().get("app.title"))
                .text(message)
                .hideAfter(Duration.seconds(4))
                .showInformation();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
                                         String extension) {
        return chooseSaveFile(title, suggestedName, filterDescription, extension, Optional.empty());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
                                         String extension, Optional<Path> folder) {
        FileChooser chooser = new FileChooser();
        folder.map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, "*." + extension));
        File file = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String filterDescription, java.util.List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription,
                extensions.stream().map(e -> "*." + e).toList()));
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public java.util.List<Path> chooseOpenFiles(String title, String filterDescription,
                                                java.util.List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription,
                extensions.stream().map(e -> "*." + e).toList()));
        java.util.List<File> files = chooser.showOpenMultipleDialog(owner.get());
        return files == null ? java.util.List.of() : files.stream().map(File::toPath).toList();
    }
}
