package dev.wharf.cli;

import dev.wharf.store.Database;
import dev.wharf.store.IntegrityReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wharf backup FILE}: a checked copy of the shop database, taken while Wharf may be running. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes a consistent copy of the profile's shop database to FILE and checks it.",
                "Safe while the workstation is open. FILE is replaced only by a copy that passed the check."})
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    private WharfCommand root;
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Where to write the backup (e.g. wharf-backup.db).")
    Path target;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Database db = root.openExistingDatabase()) {
            int[] lastPercent = {-10};
            IntegrityReport report = db.backupTo(target, (done, total) -> {
                int percent = total == 0 ? 100 : (int) (100 * done / total);
                if (percent / 10 != lastPercent[0] / 10) {
                    err.printf("backup: %d%%%n", percent);
                    err.flush();
                    lastPercent[0] = percent;
                }
                return true;
            });
            out.printf(Locale.ROOT, "Backed up %s to %s (%.1f MB, schema version %d, integrity check ok)%n",
                    db.file(), report.file(), report.sizeBytes() / 1024.0 / 1024.0, report.schemaVersion());
            return 0;
        }
    }
}
