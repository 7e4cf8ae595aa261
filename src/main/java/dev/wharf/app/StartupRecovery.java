package dev.wharf.app;

import dev.wharf.common.AppPaths;
import dev.wharf.common.Profile;
import dev.wharf.common.settings.SettingsStore;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.store.SqliteProfileCatalog;
import dev.wharf.store.StoreException;
import dev.wharf.sync.connect.ProfileEntry;
import dev.wharf.ui.i18n.ChoiceLabels;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.FxTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The profile Wharf was asked to open at start-up cannot be opened (a damaged database, a database of a newer
 * Wharf…). Instead of only closing, the error is explained and the user may open another profile of this computer;
 * the failed profile's files are left as they are (nothing is repaired or removed behind the user's back). If the
 * other profile fails too, its error is shown the same way and it leaves the list.
 */
final class StartupRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(StartupRecovery.class);

    private final Stage stage;
    private final AppPaths paths;
    private final SettingsStore settings;
    private final UnaryOperator<SandboxConfig> sandboxTuning;
    private final Messages messages;
    private final Consumer<AppComposition> opened;
    private final Runnable exit;
    private final FxTaskExecutor executor = new FxTaskExecutor(e -> LOG.error("Opening a profile failed", e));

    StartupRecovery(Stage stage, AppPaths paths, SettingsStore settings, UnaryOperator<SandboxConfig> sandboxTuning,
                    Consumer<AppComposition> opened, Runnable exit) {
        this.stage = stage;
        this.paths = paths;
        this.settings = settings;
        this.sandboxTuning = sandboxTuning;
        this.messages = AppComposition.messagesFor(settings);
        this.opened = opened;
        this.exit = exit;
    }

    /**
     * The readable profiles other than {@code failed}, for {@link #show}. Blocking (each profile's database is
     * read): call it off the FX thread, e.g. in {@code Application.init()}.
     */
    static List<ProfileEntry> alternatives(AppPaths paths, Profile failed) {
        try {
            return new SqliteProfileCatalog(paths, failed).list().stream()
                    .filter(p -> !p.dir().equals(failed.dir()) && p.readable()).toList();
        } catch (RuntimeException e) {
            LOG.warn("Cannot list the other profiles", e);
            return List.of();
        }
    }

    /** Explains {@code error} (profile {@code failed}) and offers the {@code others}. Call on the FX thread. */
    void show(Profile failed, StoreException error, List<ProfileEntry> others) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(messages.format("startup.failed.header", failed.name()));
        VBox content = new VBox(12, wrapped(error.getMessage()));
        ComboBox<ProfileEntry> choice = new ComboBox<>();
        ButtonType open = new ButtonType(messages.get("startup.openOther"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(messages.get("startup.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (others.isEmpty()) {
            content.getChildren().add(wrapped(messages.get("startup.noOther")));
            alert.getButtonTypes().setAll(close);
        } else {
            choice.setId("startup-profiles");
            choice.getItems().setAll(others);
            choice.setConverter(ChoiceLabels.of(this::label));
            choice.getSelectionModel().selectFirst();
            content.getChildren().addAll(wrapped(messages.get("startup.chooseOther")), choice);
            alert.getButtonTypes().setAll(open, close);
        }
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("startup-recovery");
        Optional<ButtonType> answer = alert.showAndWait();
        ProfileEntry chosen = choice.getValue();
        if (answer.isEmpty() || answer.get() != open || chosen == null) {
            executor.close();
            exit.run();
            return;
        }
        open(new Profile(chosen.name(), chosen.dir()), others);
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(560);
        return label;
    }

    private void open(Profile target, List<ProfileEntry> others) {
        Label waiting = new Label(messages.format("profiles.opening", target.name()));
        VBox box = new VBox(12, new ProgressIndicator(), waiting);
        box.setAlignment(Pos.CENTER);
        stage.setScene(new Scene(box, 480, 240));
        stage.show();
        executor.execute(BackgroundTask.of(ctx -> new AppComposition(paths, settings, target, sandboxTuning))
                .onSuccess(app -> {
                    executor.close();
                    opened.accept(app);
                })
                .onFailure(e -> {
                    List<ProfileEntry> rest = new ArrayList<>(others);
                    rest.removeIf(p -> p.dir().equals(target.dir()));
                    StoreException error = e instanceof StoreException s ? s
                            : new StoreException(String.valueOf(e.getMessage()), e);
                    stage.hide();
                    show(target, error, rest);
                }));
    }

    /** A profile as the choice shows it: its name and the shop it is connected to. */
    private String label(ProfileEntry p) {
        if (p == null) {
            return "";
        }
        String shop = p.shop().map(s -> s.displayName()).orElseGet(() -> messages.get("profiles.shop.none"));
        return messages.format("startup.profile", p.name(), shop);
    }
}
