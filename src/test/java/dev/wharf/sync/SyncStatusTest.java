package dev.wharf.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.sync.SyncStatus.Connection;
import dev.wharf.sync.SyncStatus.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SyncStatusTest {
    private static final Instant NOON = Instant.parse("2024-06-01T04:00:00Z");

    @Test
    void aNewStatusIsOfflineWithNothingPendingAndNeverSynced() {
        assertThat(new SyncStatus().snapshot()).isEqualTo(new Snapshot(Connection.OFFLINE, 0, 0, null));
    }

    @Test
    void subscribeGetsTheCurrentValueAtOnceThenEachChange() {
        SyncStatus status = new SyncStatus();
        status.setConnection(Connection.ONLINE);
        List<Snapshot> seen = new ArrayList<>();

        status.subscribe(seen::add);
        assertThat(seen).containsExactly(new Snapshot(Connection.ONLINE, 0, 0, null));

        status.setConnection(Connection.SYNCING);
        status.setOutboxCounts(3, 1);
        status.markSynced(NOON);
        status.setConnection(Connection.ONLINE);

        assertThat(seen).containsExactly(
                new Snapshot(Connection.ONLINE, 0, 0, null),
                new Snapshot(Connection.SYNCING, 0, 0, null),
                new Snapshot(Connection.SYNCING, 3, 1, null),
                new Snapshot(Connection.SYNCING, 3, 1, NOON),
                new Snapshot(Connection.ONLINE, 3, 1, NOON));
        assertThat(status.snapshot()).isEqualTo(new Snapshot(Connection.ONLINE, 3, 1, NOON));
    }

    @Test
    void aChangeThatChangesNothingIsNotAnnounced() {
        SyncStatus status = new SyncStatus();
        status.setOutboxCounts(2, 0);
        status.markSynced(NOON);
        List<Snapshot> seen = new ArrayList<>();
        status.subscribe(seen::add);

        status.setConnection(Connection.OFFLINE);
        status.setOutboxCounts(2, 0);
        status.markSynced(Instant.parse("2024-06-01T04:00:00Z"));

        assertThat(seen).hasSize(1);
    }

    @Test
    void unsubscribeStopsNotificationsForThatListenerOnly() {
        SyncStatus status = new SyncStatus();
        List<Snapshot> first = new ArrayList<>();
        List<Snapshot> second = new ArrayList<>();
        Consumer<Snapshot> firstListener = first::add;
        status.subscribe(firstListener);
        status.subscribe(second::add);

        status.unsubscribe(firstListener);
        status.setOutboxCounts(5, 2);

        assertThat(first).hasSize(1);
        assertThat(second).hasSize(2);
        assertThat(second.get(1).pendingChanges()).isEqualTo(5);
    }

    @Test
    void theShopChangedWhenASyncFinishedOrTheOutboxMovedNotWhenOnlyTheConnectionDid() {
        Snapshot read = new Snapshot(Connection.ONLINE, 2, 0, Instant.parse("2026-11-22T10:00:00Z"));

        assertThat(read.shopChangedSince(null)).isTrue();
        assertThat(new Snapshot(Connection.OFFLINE, 2, 0, read.lastSync()).shopChangedSince(read)).isFalse();
        assertThat(new Snapshot(Connection.ONLINE, 2, 0, Instant.parse("2026-11-22T10:05:00Z"))
                .shopChangedSince(read)).isTrue();
        assertThat(new Snapshot(Connection.ONLINE, 1, 0, read.lastSync()).shopChangedSince(read)).isTrue();
        assertThat(new Snapshot(Connection.ONLINE, 1, 1, read.lastSync()).shopChangedSince(
                new Snapshot(Connection.ONLINE, 1, 0, read.lastSync()))).isTrue();
    }
}
