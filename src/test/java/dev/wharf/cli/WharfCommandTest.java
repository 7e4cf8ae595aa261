package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.common.AppPaths;
import dev.wharf.common.Version;
import dev.wharf.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code wharf} command line, run in-process against real files in a temporary folder. */
class WharfCommandTest {
    @TempDir
    Path dir;
    Path home;
    Path profile;
    final List<Path> workstationOpenedWith = new ArrayList<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() {
        home = dir.resolve("home");
        profile = dir.resolve("东京店");
    }

    int run(String... args) {
        CommandLine cli = WharfCommand.commandLine(new AppPaths(home), workstationOpenedWith::add);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertThat(run("--version")).isZero();

        assertThat(Version.current()).isNotEqualTo("unknown").doesNotContain("${");
        assertThat(out.toString()).startsWith("Wharf " + Version.current());
        assertThat(workstationOpenedWith).isEmpty();
    }

    /** The profile's shop database, as the workstation creates it on first start. */
    void createShop(Path profileDir) {
        Database.open(profileDir.resolve("wharf.db")).close();
    }

    @Test
    void dbCheckOnASoundDatabaseSaysOk() {
        createShop(profile);

        assertThat(run("--profile", profile.toString(), "db", "check")).isZero();

        assertThat(out.toString()).contains("ok").containsPattern("schema version [0-9]+");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aMistypedProfileIsReportedAndNothingIsCreated() {
        Path typo = dir.resolve("东京点");

        assertThat(run("--profile", typo.toString(), "db", "check")).isEqualTo(1);
        assertThat(run("--profile", typo.toString(), "backup", dir.resolve("b.db").toString())).isEqualTo(1);

        assertThat(err.toString()).contains("There is no shop database at " + typo.resolve("wharf.db"))
                .contains("--profile");
        assertThat(typo).doesNotExist();
        assertThat(dir.resolve("b.db")).doesNotExist();
    }

    @Test
    void dbCheckListsAForeignKeyProblemAndExitsWith2() throws SQLException {
        createShop(profile);
        assertThat(run("--profile", profile.toString(), "db", "check")).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + profile.resolve("wharf.db"));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            s.execute("INSERT INTO order_item(order_item_id, order_id, product_title, delivery_type, price_fen, "
                    + "quantity, payment_fen) VALUES ('item-7', 'order-404', '面霜', 3, 100, 1, 100)");
        }
        out.getBuffer().setLength(0);

        assertThat(run("--profile", profile.toString(), "db", "check")).isEqualTo(2);

        assertThat(out.toString()).contains("1 problem(s)").contains("order_item").contains("orders")
                .contains("Restore a backup");
    }

    @Test
    void backupWritesAValidCopy() throws SQLException {
        Path target = dir.resolve("备份 文件夹/wharf-backup.db");
        createShop(profile);

        assertThat(run("--profile", profile.toString(), "backup", target.toString())).isZero();

        assertThat(out.toString()).contains("Backed up").contains(target.toString()).contains("integrity check ok");
        assertThat(err.toString()).contains("backup: 100%");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("ok");
            try (ResultSet tables = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'orders'")) {
                tables.next();
                assertThat(tables.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void dbCheckOnAFileThatIsNotADatabaseExitsWith1AndExplains() throws Exception {
        Files.createDirectories(profile);
        Path db = profile.resolve("wharf.db");
        byte[] content = "this is a shopping list, not a database".getBytes(StandardCharsets.UTF_8);
        Files.write(db, content);

        assertThat(run("--profile", profile.toString(), "db", "check")).isEqualTo(1);

        assertThat(err.toString()).startsWith("wharf: ").contains(db.toString()).contains("damaged")
                .contains("Restore a backup").doesNotContain("Exception");
        assertThat(Files.readAllBytes(db)).isEqualTo(content);
    }

    @Test
    void withoutArgumentsTheWorkstationOpensWithTheRememberedProfile() {
        assertThat(run()).isZero();

        assertThat(workstationOpenedWith).containsExactly((Path) null);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void profileAloneOpensTheWorkstationOnThatFolder() {
        assertThat(run("--profile", profile.toString())).isZero();

        assertThat(workstationOpenedWith).containsExactly(profile);
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(CommandLine.ExitCode.USAGE).isEqualTo(2);

        assertThat(err.toString()).contains("frobnicate").contains("Usage");
        assertThat(workstationOpenedWith).isEmpty();
    }

    @Test
    void withoutProfileTheCommandsUseTheDefaultProfileUnderTheHomeFolder() {
        createShop(home.resolve("profiles/default"));

        assertThat(run("db", "check")).isZero();

        assertThat(out.toString()).contains(home.resolve("profiles/default/wharf.db").toString());
    }
}
