package dev.wharf.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.sync.SyncStatus;
import dev.wharf.ui.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StatusBarModelTest {
    private final SyncStatus status = new SyncStatus();

    @Test
    void showsOfflineWithChangesWaitingAsInTheOfflineJourney() {
        StatusBarModel model = new StatusBarModel(status, Messages.forLocale(Locale.ENGLISH), Runnable::run,
                ZoneId.of("Asia/Tokyo"));
        assertThat(model.connectionProperty().get()).isEqualTo("Offline");
        assertThat(model.pendingProperty().get()).isEqualTo("No changes waiting");
        assertThat(model.lastSyncProperty().get()).isEqualTo("Never synced");

        status.setOutboxCounts(6, 0);
        assertThat(model.pendingProperty().get()).isEqualTo("6 changes waiting");

        status.setOutboxCounts(6, 1);
        assertThat(model.pendingProperty().get()).isEqualTo("6 changes waiting, 1 need attention");

        status.setConnection(SyncStatus.Connection.SYNCING);
        assertThat(model.connectionProperty().get()).isEqualTo("Syncing…");
        assertThat(model.connectionStyleProperty().get()).isEqualTo("syncing");
    }

    @Test
    void lastSyncIsShownInTheUsersTimeZoneAndLanguage() {
        StatusBarModel model = new StatusBarModel(status, Messages.forLocale(Locale.SIMPLIFIED_CHINESE),
                Runnable::run, ZoneId.of("Asia/Shanghai"));
        status.markSynced(Instant.parse("2026-11-22T01:05:00Z"));
        assertThat(model.lastSyncProperty().get()).startsWith("上次同步：").contains("9:05");
        assertThat(model.connectionProperty().get()).isEqualTo("离线");
    }

    @Test
    void updatesArePostedToTheUiThreadAndStopAfterDispose() {
        List<Runnable> posted = new ArrayList<>();
        StatusBarModel model = new StatusBarModel(status, Messages.forLocale(Locale.ENGLISH), posted::add,
                ZoneId.of("UTC"));
        assertThat(posted).hasSize(1);
        assertThat(model.connectionProperty().get()).as("nothing changes before the UI thread runs it").isNull();
        posted.forEach(Runnable::run);
        assertThat(model.connectionProperty().get()).isEqualTo("Offline");

        model.dispose();
        status.setConnection(SyncStatus.Connection.ONLINE);
        assertThat(posted).hasSize(1);
    }

    @Test
    void credentialsThatCannotBeUsedAreSaidInsteadOfTheConnection() {
        StatusBarModel model = new StatusBarModel(status, Messages.forLocale(Locale.ENGLISH), Runnable::run,
                ZoneId.of("UTC"));
        assertThat(model.credentialsProblemProperty().get()).isFalse();

        status.setCredentials(SyncStatus.Credentials.REJECTED);
        assertThat(model.connectionProperty().get())
                .isEqualTo("Offline: the platform refused the shop's credentials");
        assertThat(model.connectionStyleProperty().get()).isEqualTo("offline");
        assertThat(model.credentialsProblemProperty().get()).isTrue();

        status.setCredentials(SyncStatus.Credentials.UNREADABLE);
        assertThat(model.connectionProperty().get()).isEqualTo("Offline: the shop's saved credentials cannot be read");

        status.setCredentials(SyncStatus.Credentials.OK);
        status.setConnection(SyncStatus.Connection.ONLINE);
        assertThat(model.connectionProperty().get()).isEqualTo("Online");
        assertThat(model.credentialsProblemProperty().get()).isFalse();
    }
}
