package dev.wharf.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Test set-up and checks: the first column of a parameterised query on a {@link Database}, as a list. */
public final class TestQueries {
    private TestQueries() {
    }

    public static List<String> strings(Database db, String sql, Object... args) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    /** The first column as numbers (a SQL NULL stays null). */
    public static List<Long> longs(Database db, String sql, Object... args) {
        return strings(db, sql, args).stream().map(s -> s == null ? null : Long.valueOf(s)).toList();
    }
}
