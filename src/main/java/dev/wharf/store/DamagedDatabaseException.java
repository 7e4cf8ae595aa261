package dev.wharf.store;

import java.nio.file.Path;
import java.util.List;

/** The database file is not a SQLite database, or SQLite's integrity check found damage. */
public class DamagedDatabaseException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final List<String> problems;

    public DamagedDatabaseException(Path file, List<String> problems, Throwable cause) {
        super("The shop database " + file + " is damaged (" + summary(problems) + "). Wharf did not change it. "
                + "Restore a backup (wharf backup writes one), or move the file aside and sync the shop again; "
                + "changes not yet sent to the platform are only in this file, so keep a copy of it.", cause);
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        if (problems.isEmpty()) {
            return "unknown problem";
        }
        String first = problems.get(0);
        return problems.size() == 1 ? first : first + " and " + (problems.size() - 1) + " more";
    }
}
