package dev.wharf.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * How to start a sandbox.
 *
 * @param dataDir     folder of the sandbox's own database ({@code sandbox.db}); an empty folder gets a fresh demo shop
 * @param port        loopback port; 0 picks a free one
 * @param seed        seed of the demo shop (used only when the shop is created; a restart keeps the stored seed)
 * @param credentials the accepted credentials; null derives them from the stored seed
 * @param wallClock   the clock the timestamp window and the nonce window are checked against
 * @param createdAt   the instant a fresh demo shop is created for (its simulated clock starts there); null means the
 *                    wall clock truncated to the hour. Tests pass a fixed instant so the shop is reproducible.
 * @param demoDays    days of order history generated before {@code createdAt} for a fresh shop
 * @param cartsPerDay carts generated per simulated day of history
 * @param faultEvery  0 = off; n &gt; 0 answers every n-th call that passed all checks with 0009 without running it
 *                    (fault injection for sync tests)
 * @param threads     HTTP worker threads
 */
public record SandboxConfig(Path dataDir, int port, long seed, Credentials credentials, Clock wallClock,
                            Instant createdAt, int demoDays, int cartsPerDay, int faultEvery, int threads) {
    public static final String DATABASE_FILE = "sandbox.db";
    public static final int DEFAULT_PORT = 8765;

    public SandboxConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(wallClock, "wallClock");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        if (demoDays < 0 || cartsPerDay < 0 || faultEvery < 0 || threads < 1) {
            throw new IllegalArgumentException("demoDays, cartsPerDay, faultEvery >= 0 and threads >= 1");
        }
    }

    /** Defaults: port 0, seed 1, derived credentials, system clock, shop created "now", 30 days of 40 carts a day. */
    public static SandboxConfig of(Path dataDir) {
        return new SandboxConfig(dataDir, 0, 1L, null, Clock.systemUTC(), null, 30, 40, 0, 8);
    }

    public SandboxConfig withPort(int p) {
        return new SandboxConfig(dataDir, p, seed, credentials, wallClock, createdAt, demoDays, cartsPerDay,
                faultEvery, threads);
    }

    public SandboxConfig withSeed(long s) {
        return new SandboxConfig(dataDir, port, s, credentials, wallClock, createdAt, demoDays, cartsPerDay,
                faultEvery, threads);
    }

    public SandboxConfig withCredentials(Credentials c) {
        return new SandboxConfig(dataDir, port, seed, c, wallClock, createdAt, demoDays, cartsPerDay, faultEvery,
                threads);
    }

    public SandboxConfig withWallClock(Clock c) {
        return new SandboxConfig(dataDir, port, seed, credentials, c, createdAt, demoDays, cartsPerDay, faultEvery,
                threads);
    }

    public SandboxConfig withCreatedAt(Instant i) {
        return new SandboxConfig(dataDir, port, seed, credentials, wallClock, i, demoDays, cartsPerDay, faultEvery,
                threads);
    }

    public SandboxConfig withHistory(int days, int carts) {
        return new SandboxConfig(dataDir, port, seed, credentials, wallClock, createdAt, days, carts, faultEvery,
                threads);
    }

    public SandboxConfig withFaultEvery(int n) {
        return new SandboxConfig(dataDir, port, seed, credentials, wallClock, createdAt, demoDays, cartsPerDay, n,
                threads);
    }

    public Path databaseFile() {
        return dataDir.resolve(DATABASE_FILE);
    }
}
