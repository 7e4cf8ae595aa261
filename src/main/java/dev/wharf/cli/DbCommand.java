package dev.wharf.cli;

import dev.wharf.store.Database;
import dev.wharf.store.IntegrityReport;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wharf db …}: maintenance of the shop database. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Shop database maintenance.",
        subcommands = DbCommand.Check.class)
final class DbCommand {
    @ParentCommand
    WharfCommand root;

    /** {@code wharf db check}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Runs SQLite's full integrity and foreign-key checks on the profile's shop database.",
                    "Exit 0 when it is sound, 2 when problems were found, 1 when it cannot be opened."})
    static final class Check implements Callable<Integer> {
        @ParentCommand
        private DbCommand db;
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Database database = db.root.openExistingDatabase()) {
                IntegrityReport report = database.check();
                out.printf(Locale.ROOT, "%s: schema version %d, %.1f MB%n", report.file(), report.schemaVersion(),
                        report.sizeBytes() / 1024.0 / 1024.0);
                if (report.ok()) {
                    out.println("ok: integrity and foreign-key checks passed");
                    return 0;
                }
                out.println(report.problems().size() + " problem(s):");
                report.problems().forEach(p -> out.println("  " + p));
                out.println("Restore a backup, or move the file aside and sync the shop again.");
                return 2;
            }
        }
    }
}
