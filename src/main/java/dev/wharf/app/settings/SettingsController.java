package dev.wharf.app.settings;

import dev.wharf.ui.dialog.DialogService;
import dev.wharf.ui.i18n.Languages;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.screen.ScreenController;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import dev.wharf.ui.task.TaskHandle;
import dev.wharf.common.Profile;
import dev.wharf.common.settings.Settings;
import dev.wharf.common.settings.SettingsStore;
import dev.wharf.store.Database;
import dev.wharf.store.IntegrityReport;
import dev.wharf.store.StoreException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * Sync &amp; Settings: language, theme, the shop database (where it is, back up, check), and the shop's sync
 * ({@link SyncSectionController}, included).
 */
public final class SettingsController extends ScreenController {
    private final SettingsStore settings;
    private final Messages messages;
    private final Database database;
    private final Profile profile;
    private final DialogService dialogs;
    private final Runnable openProfiles;
    private TaskHandle running;

    @FXML
    private ComboBox<String> language;
    @FXML
    private ComboBox<String> theme;
    @FXML
    private ComboBox<Integer> syncInterval;
    @FXML
    private Label profileName;
    @FXML
    private TextField profileFolder;
    @FXML
    private Label databaseInfo;
    @FXML
    private Button backupButton;
    @FXML
    private Button checkButton;
    @FXML
    private Button cancelButton;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label maintenanceResult;
    @FXML
    private SyncSectionController syncController;

    public SettingsController(TaskExecutor executor, SettingsStore settings, Messages messages, Database database,
                              Profile profile, DialogService dialogs, Runnable openProfiles) {
        super(executor);
        this.settings = settings;
        this.messages = messages;
        this.database = database;
        this.profile = profile;
        this.dialogs = dialogs;
        this.openProfiles = openProfiles;
    }

    @FXML
    private void initialize() {
        language.getItems().setAll(Languages.CHOICES);
        language.setConverter(labels("settings.language."));
        language.setValue(Languages.CHOICES.contains(settings.get().language())
                ? settings.get().language() : Languages.SYSTEM);
        language.valueProperty().addListener((obs, old, now) -> settings.update(s -> s.withLanguage(now)));

        theme.getItems().setAll(List.of(Settings.THEME_LIGHT, Settings.THEME_DARK));
        theme.setConverter(labels("settings.theme."));
        theme.setValue(settings.get().theme());
        theme.valueProperty().addListener((obs, old, now) -> settings.update(s -> s.withTheme(now)));

        syncInterval.getItems().setAll(Settings.SYNC_INTERVALS);
        syncInterval.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer seconds) {
                return seconds == null ? "" : seconds < 60 ? messages.format("settings.sync.interval.seconds", seconds)
                        : messages.format("settings.sync.interval.minutes", seconds / 60);
            }

            @Override
            public Integer fromString(String text) {
                return null; // the choice is not editable
            }
        });
        syncInterval.setValue(settings.get().syncIntervalSeconds());
        syncInterval.valueProperty().addListener((obs, old, now) -> settings.update(s -> s.withSyncInterval(now)));

        profileName.setText(profile.name());
        profileFolder.setText(profile.dir().toString());
        setBusy(false);
    }

    @Override
    public void activate() {
        tasks.execute(BackgroundTask.of(ctx -> new long[] {database.sizeOnDisk(), database.schemaVersion()})
                .onSuccess(info -> databaseInfo.setText(messages.format("settings.database.info",
                        info[0] / 1024.0 / 1024.0, info[1]))));
        syncController.activate();
    }

    @Override
    public void deactivate() {
        super.deactivate();
        syncController.deactivate();
        setBusy(false);
    }

    @FXML
    private void backup() {
        String suggested = "wharf-" + profile.name() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".db";
        dialogs.chooseSaveFile(messages.get("settings.backup.choose"), suggested,
                messages.get("settings.backup.fileType"), "db").ifPresent(this::backupTo);
    }

    private void backupTo(Path target) {
        maintenanceResult.setText(messages.get("settings.backup.running"));
        start(BackgroundTask.<IntegrityReport>of(ctx -> database.backupTo(target, (done, total) -> {
                    ctx.progress(done, total);
                    return !ctx.isCancelled();
                }))
                .onSuccess(report -> {
                    maintenanceResult.setText(messages.format("settings.backup.done", report.file(),
                            report.sizeBytes() / 1024.0 / 1024.0));
                    dialogs.notify(messages.get("settings.backup.notice"));
                })
                .onError(StoreException.class, e -> {
                    maintenanceResult.setText(messages.get("settings.backup.failed"));
                    dialogs.showError(messages.get("settings.backup.failed"), e.getMessage());
                }));
    }

    @FXML
    private void showProfiles() {
        openProfiles.run();
    }

    @FXML
    private void check() {
        maintenanceResult.setText(messages.get("settings.check.running"));
        start(BackgroundTask.of(ctx -> database.check())
                .onSuccess(report -> maintenanceResult.setText(report.ok()
                        ? messages.get("settings.check.ok")
                        : messages.format("settings.check.problems", report.problems().size(),
                                report.problems().get(0))))
                .onError(StoreException.class, e -> {
                    maintenanceResult.setText(messages.get("settings.check.failed"));
                    dialogs.showError(messages.get("settings.check.failed"), e.getMessage());
                }));
    }

    @FXML
    private void cancel() {
        if (running != null) {
            running.cancel();
            maintenanceResult.setText(messages.get("settings.cancelled"));
        }
    }

    private <T> void start(BackgroundTask<T> task) {
        setBusy(true);
        running = tasks.execute(task.andFinally(() -> setBusy(false)));
        progress.progressProperty().bind(running.progressProperty());
    }

    private void setBusy(boolean busy) {
        if (!busy) {
            running = null;
            progress.progressProperty().unbind();
            progress.setProgress(0);
        }
        progress.setVisible(busy);
        cancelButton.setVisible(busy);
        backupButton.setDisable(busy);
        checkButton.setDisable(busy);
    }

    private StringConverter<String> labels(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : messages.get(prefix + value);
            }

            @Override
            public String fromString(String text) {
                return null; // the choice is not editable
            }
        };
    }
}
