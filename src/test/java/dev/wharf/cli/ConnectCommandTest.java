package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.Database;
import dev.wharf.store.SqliteShopProfileStore;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code wharf connect} against a real sandbox server. */
class ConnectCommandTest {
    @TempDir
    static Path shared;
    static SandboxServer sandbox;

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeAll
    static void start() {
        sandbox = SandboxServer.start(SandboxConfig.of(shared.resolve("sbx")).withPort(0).withHistory(1, 5));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    int run(String... args) {
        CommandLine cli = TestCli.commandLine(dir.resolve("home"), out, err);
        return cli.execute(args);
    }

    @Test
    void connectsAfterASuccessfulTestAndKeepsTheSecretsOutOfTheOutput() {
        Path profile = dir.resolve("巴黎店");

        int exit = run("--profile", profile.toString(), "connect", "--url", sandbox.baseUri().toString(),
                "--app-id", sandbox.credentials().appId(), "--app-secret", sandbox.credentials().appSecret(),
                "--auth-code", sandbox.credentials().authCode(), "--name", "Paris");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Connected profile 巴黎店").contains("logistics companies")
                .doesNotContain(sandbox.credentials().appSecret()).doesNotContain(sandbox.credentials().authCode());
        try (Database db = Database.open(profile.resolve("wharf.db"))) {
            assertThat(new SqliteShopProfileStore(db).load()).hasValueSatisfying(shop -> {
                assertThat(shop.displayName()).isEqualTo("Paris");
                assertThat(shop.appId()).isEqualTo(sandbox.credentials().appId());
            });
        }
    }

    @Test
    void wrongCredentialsFailClearlyAndSaveNothing() {
        Path profile = dir.resolve("tokyo");

        int exit = run("--profile", profile.toString(), "connect", "--url", sandbox.baseUri().toString(),
                "--app-id", sandbox.credentials().appId(), "--app-secret", "wrong-wrong-wrong-wrong-wrong-00",
                "--auth-code", sandbox.credentials().authCode());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("refused").contains("Nothing was saved").doesNotContain("wrong-wrong");
        try (Database db = Database.open(profile.resolve("wharf.db"))) {
            assertThat(new SqliteShopProfileStore(db).load()).isEmpty();
        }
    }

    @Test
    void aMalformedUrlIsAUsageError() {
        assertThat(run("--profile", dir.resolve("x").toString(), "connect", "--url", "open.ymatou.com",
                "--app-id", "a", "--app-secret", "b", "--auth-code", "c")).isEqualTo(2);
        assertThat(err.toString()).contains("not an http(s) URL");
    }
}
