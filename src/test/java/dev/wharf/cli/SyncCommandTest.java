package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.Database;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code wharf connect} then {@code wharf sync --once} against a real sandbox, then offline. */
class SyncCommandTest {
    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = TestCli.commandLine(dir.resolve("home"), out, err);
        return cli.execute(args);
    }

    @Test
    void syncOncePullsTheShopAndReportsOfflineClearly() {
        Path profile = dir.resolve("seoul");
        long orders;
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.of(dir.resolve("sbx")).withPort(0)
                .withHistory(2, 20))) {
            assertThat(run("--profile", profile.toString(), "connect", "--url", sandbox.baseUri().toString(),
                    "--app-id", sandbox.credentials().appId(), "--app-secret", sandbox.credentials().appSecret(),
                    "--auth-code", sandbox.credentials().authCode())).as(err.toString()).isZero();

            assertThat(run("--profile", profile.toString(), "sync", "--once")).as(err.toString()).isZero();

            assertThat(out.toString()).contains("Outbox: 0 confirmed").contains("Pulled:").contains("orders ");
            assertThat(err.toString()).contains("sync: ");
            orders = sandboxOrderCount(sandbox);
        }
        try (Database db = Database.open(profile.resolve("wharf.db"))) {
            long local = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM orders")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(local).isPositive().isEqualTo(orders);
        }

        // the sandbox is gone: the next sync says so and keeps everything
        assertThat(run("--profile", profile.toString(), "sync", "--once")).isEqualTo(1);
        assertThat(err.toString()).contains("could not be reached");
    }

    @Test
    void aProfileThatIsNotConnectedIsToldWhatToDo() {
        Path profile = dir.resolve("new");
        Database.open(profile.resolve("wharf.db")).close();

        assertThat(run("--profile", profile.toString(), "sync", "--once")).isEqualTo(1);

        assertThat(err.toString()).contains("not connected").contains("wharf connect");
    }

    private static long sandboxOrderCount(SandboxServer sandbox) {
        return sandbox.shop().database().read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM orders")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
