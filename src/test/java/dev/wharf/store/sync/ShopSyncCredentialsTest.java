package dev.wharf.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.platform.CredentialsRejectedException;
import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.GatewayConfig;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.Database;
import dev.wharf.sync.SyncEngine;
import dev.wharf.sync.SyncProgress;
import dev.wharf.sync.SyncStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shop whose auth code the platform refuses says so (the status bar offers "connect the shop again"), whether the
 * outbox or the pull met the refusal first; a sync with the right credentials clears it, and nothing waiting is lost.
 */
class ShopSyncCredentialsTest {
    @TempDir
    Path shopDir;
    @TempDir
    Path profileDir;

    @Test
    void aRefusedAuthCodeIsShownUntilASyncWithTheRightOneCompletes() {
        try (SandboxServer server = SandboxServer.start(SandboxConfig.of(shopDir).withPort(0).withHistory(1, 5));
             Database db = Database.open(profileDir.resolve("wharf.db"))) {
            SyncStatus status = new SyncStatus();
            var c = server.credentials();
            String url = server.baseUri().toString();

            try (GatewayClient wrong = new GatewayClient(GatewayConfig.of(url, c.appId(), c.appSecret(),
                    "renewed-elsewhere-0000"));
                 ShopSync sync = new ShopSync(db, wrong, status, Clock.systemUTC())) {
                assertThatThrownBy(() -> sync.engine().runOnce(SyncProgress.NONE))
                        .as("the pull meets the refusal").isInstanceOf(CredentialsRejectedException.class);
                assertThat(status.snapshot().credentials()).isEqualTo(SyncStatus.Credentials.REJECTED);
                assertThat(status.snapshot().connection()).isEqualTo(SyncStatus.Connection.OFFLINE);

                status.setCredentials(SyncStatus.Credentials.OK);
                sync.commands().createCoupon("30 off 200", new BigDecimal("200"), new BigDecimal("30"),
                        Instant.now(), Instant.now().plus(Duration.ofDays(7)), 10);
                SyncEngine.Report report = sync.engine().runOnce(SyncProgress.NONE);
                assertThat(report.pull()).as("the outbox met the refusal: no pull").isNull();
                assertThat(status.snapshot().credentials()).isEqualTo(SyncStatus.Credentials.REJECTED);
                assertThat(status.snapshot().pendingChanges()).as("kept for later").isEqualTo(1);
            }

            try (GatewayClient right = new GatewayClient(GatewayConfig.of(url, c.appId(), c.appSecret(),
                    c.authCode()));
                 ShopSync sync = new ShopSync(db, right, status, Clock.systemUTC())) {
                SyncEngine.Report report = sync.engine().runOnce(SyncProgress.NONE);

                assertThat(report.completed()).isTrue();
                assertThat(report.delivery().confirmed()).isEqualTo(1);
                assertThat(status.snapshot().credentials()).isEqualTo(SyncStatus.Credentials.OK);
                assertThat(status.snapshot().connection()).isEqualTo(SyncStatus.Connection.ONLINE);
                assertThat(status.snapshot().pendingChanges()).isZero();
            }
        }
    }
}
