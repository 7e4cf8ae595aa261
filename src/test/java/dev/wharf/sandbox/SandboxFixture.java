package dev.wharf.sandbox;

import dev.wharf.store.TestQueries;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** A small, fixed demo shop for tests: created for 2025-03-01 10:00 GMT+8 with 3 days of 40 carts a day. */
final class SandboxFixture {
    static final Instant CREATED = Instant.parse("2025-03-01T02:00:00Z");

    private SandboxFixture() {
    }

    static SandboxConfig config(Path dir, long seed) {
        return SandboxConfig.of(dir).withSeed(seed).withCreatedAt(CREATED).withHistory(3, 40);
    }

    /** Order ids found by a SQL query on the sandbox's state (test set-up only). */
    static List<Long> ids(SandboxServer server, String sql, Object... args) {
        return TestQueries.longs(server.shop().database(), sql, args);
    }

    static long scalar(SandboxServer server, String sql, Object... args) {
        return ids(server, sql, args).get(0);
    }
}
