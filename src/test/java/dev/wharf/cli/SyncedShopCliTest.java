package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.Database;
import dev.wharf.store.TestQueries;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Command-line tests on a profile connected to a real sandbox and synced once with {@code wharf connect} and
 * {@code wharf sync --once}, as a user would; each subclass starts its shop in its own {@code @BeforeAll}.
 */
abstract class SyncedShopCliTest {
    @TempDir
    static Path dir;
    static SandboxServer sandbox;
    static Path profile;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    /** Starts the sandbox shop {@code config} (in {@code dir/sbx}), connects the profile {@code dir/shop}, syncs. */
    static void connectAndSync(SandboxConfig config) {
        sandbox = SandboxServer.start(config);
        profile = dir.resolve("shop");
        SyncedShopCliTest t = new SyncedShopCliTest() { };
        assertThat(t.run("--profile", profile.toString(), "connect", "--url", sandbox.baseUri().toString(),
                "--app-id", sandbox.credentials().appId(), "--app-secret", sandbox.credentials().appSecret(),
                "--auth-code", sandbox.credentials().authCode())).as(t.err.toString()).isZero();
        assertThat(t.run("--profile", profile.toString(), "sync", "--once")).as(t.err.toString()).isZero();
    }

    /** A fresh sandbox configuration in {@code dir/sbx} on a free port. */
    static SandboxConfig shopConfig() {
        return SandboxConfig.of(dir.resolve("sbx")).withPort(0);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    /** Runs {@code wharf args…}; its output is in {@link #out} and {@link #err}. */
    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = TestCli.commandLine(dir.resolve("home"), out, err);
        return cli.execute(args);
    }

    /** A query on the profile's database, each row's first column as text. */
    static List<String> local(String sql, Object... args) {
        try (Database db = Database.open(profile.resolve("wharf.db"))) {
            return TestQueries.strings(db, sql, args);
        }
    }

    /** A query on the sandbox platform's database. */
    static List<String> platform(String sql, Object... args) {
        return TestQueries.strings(sandbox.shop().database(), sql, args);
    }
}
