package dev.wharf.app.shell;

import dev.wharf.ui.i18n.Messages;
import dev.wharf.sync.SyncStatus;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's text, kept in step with {@link SyncStatus}. Changes may come from any thread; the properties
 * change on the FX thread (through {@code fxThread}).
 */
public final class StatusBarModel {
    private final SyncStatus status;
    private final Messages messages;
    private final Executor fxThread;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper connectionStyle = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper lastSync = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper credentialsProblem = new ReadOnlyBooleanWrapper();
    private final Consumer<SyncStatus.Snapshot> listener = this::onChange;

    public StatusBarModel(SyncStatus status, Messages messages, Executor fxThread, ZoneId zone) {
        this.status = status;
        this.messages = messages;
        this.fxThread = fxThread;
        this.zone = zone;
        status.subscribe(listener);
    }

    /** Stops following the sync status (the window is being rebuilt or closed). */
    public void dispose() {
        status.unsubscribe(listener);
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    /** Style class of the connection indicator: {@code offline}, {@code online} or {@code syncing}. */
    public ReadOnlyStringProperty connectionStyleProperty() {
        return connectionStyle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    /** True while the saved credentials cannot be read or were refused: the user connects the shop again. */
    public ReadOnlyBooleanProperty credentialsProblemProperty() {
        return credentialsProblem.getReadOnlyProperty();
    }

    private void onChange(SyncStatus.Snapshot s) {
        boolean problem = s.credentials() != SyncStatus.Credentials.OK;
        String id = problem ? "offline" : s.connection().name().toLowerCase(Locale.ROOT);
        String connectionText = problem
                ? messages.get("status.credentials." + s.credentials().name().toLowerCase(Locale.ROOT))
                : messages.get("status.connection." + id);
        String pendingText = s.needsAttention() > 0
                ? messages.format("status.pendingWithAttention", s.pendingChanges(), s.needsAttention())
                : messages.format("status.pending", s.pendingChanges());
        String lastSyncText = s.lastSync() == null
                ? messages.get("status.lastSync.never")
                : messages.format("status.lastSync", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                        .withLocale(messages.locale()).withZone(zone).format(s.lastSync()));
        fxThread.execute(() -> {
            connection.set(connectionText);
            connectionStyle.set(id);
            pending.set(pendingText);
            lastSync.set(lastSyncText);
            credentialsProblem.set(problem);
        });
    }
}
