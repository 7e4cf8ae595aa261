package dev.wharf.sync.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.common.AppPaths;
import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.GatewayConfig;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.Database;
import dev.wharf.store.SqliteShopProfileStore;
import dev.wharf.sync.credentials.SecretStore;
import dev.wharf.sync.credentials.SecretStores;
import dev.wharf.sync.credentials.ShopSecrets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Connecting a profile to a shop: the real client against the real sandbox, real files. */
class ConnectionServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    @TempDir
    static Path shared;
    static SandboxServer sandbox;

    @TempDir
    Path dir;
    Database db;
    SecretStore secrets;
    ConnectionService service;

    @BeforeAll
    static void startSandbox() {
        sandbox = SandboxServer.start(SandboxConfig.of(shared.resolve("sbx")).withPort(0).withHistory(2, 10));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void setUp() {
        db = Database.open(dir.resolve("profile/wharf.db"));
        secrets = SecretStores.encryptedFile(new AppPaths(dir.resolve("home")));
        service = new ConnectionService(new SqliteShopProfileStore(db), secrets, "东京店", GatewayClient::new,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private GatewayConfig sandboxConfig(String secret) {
        return GatewayConfig.of(sandbox.baseUri().toString(), sandbox.credentials().appId(), secret,
                sandbox.credentials().authCode());
    }

    @Test
    void aWorkingConnectionIsSavedWithItsSecretsOutOfTheDatabase() throws Exception {
        ConnectionCheck check = service.connect("Tokyo", sandboxConfig(sandbox.credentials().appSecret()), false);

        assertThat(check.ok()).isTrue();
        assertThat(check.logisticsCompanies()).isPositive();
        ShopProfile shop = service.current().orElseThrow();
        assertThat(shop.displayName()).isEqualTo("Tokyo");
        assertThat(shop.appId()).isEqualTo(sandbox.credentials().appId());
        assertThat(shop.createdAt()).isEqualTo(NOW);
        assertThat(secrets.load("东京店")).contains(new ShopSecrets(sandbox.credentials().appSecret(),
                sandbox.credentials().authCode()));
        GatewayConfig config = service.gatewayConfig(null).orElseThrow();
        assertThat(config.appSecret()).isEqualTo(sandbox.credentials().appSecret());
        db.close();
        byte[] file = Files.readAllBytes(dir.resolve("profile/wharf.db"));
        assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(sandbox.credentials().appSecret()).doesNotContain(sandbox.credentials().authCode());
        db = Database.open(dir.resolve("profile/wharf.db"));
    }

    @Test
    void wrongCredentialsAreExplainedAndNothingIsSaved() {
        ConnectionCheck check = service.connect("Tokyo", sandboxConfig("not-the-secret-at-all-0123456789"), false);

        assertThat(check.ok()).isFalse();
        assertThat(check.problem()).isEqualTo(ConnectionCheck.Problem.CREDENTIALS);
        assertThat(check.detail()).doesNotContain("not-the-secret");
        assertThat(service.current()).isEmpty();
        assertThat(secrets.load("东京店")).isEmpty();
    }

    @Test
    void anUnreachableGatewayIsReportedAsSuch() {
        GatewayConfig nowhere = GatewayConfig.of("http://127.0.0.1:1", "app", "secret", "code");

        ConnectionCheck check = service.test(nowhere);

        assertThat(check.problem()).isEqualTo(ConnectionCheck.Problem.UNREACHABLE);
        assertThat(service.current()).isEmpty();
    }

    @Test
    void theSandboxShopsNewAddressReplacesTheSavedOne() {
        service.connect("Sandbox", sandboxConfig(sandbox.credentials().appSecret()), true);

        service.updateGatewayUrl("http://127.0.0.1:40001");

        assertThat(service.current().orElseThrow().sandbox()).isTrue();
        assertThat(service.gatewayConfig(null).orElseThrow().baseUrl()).isEqualTo("http://127.0.0.1:40001");
        assertThat(service.gatewayConfig("http://127.0.0.1:40002").orElseThrow().baseUrl())
                .isEqualTo("http://127.0.0.1:40002");
    }
}
