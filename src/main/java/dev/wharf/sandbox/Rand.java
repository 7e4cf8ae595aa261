package dev.wharf.sandbox;

import java.util.SplittableRandom;

/**
 * Reproducible random streams of the sandbox server: one stream per (seed, purpose, entity), so a draw never depends
 * on how many draws happened before it elsewhere, on wall time or on hash order. The same seed and the same calls
 * give the same shop on every machine, before and after a restart.
 */
final class Rand {
    static final long CART = 1;
    static final long EVENTS = 2;
    static final long HOUR = 3;
    static final long SELLER = 4;
    static final long REFUND = 5;
    static final long TRAINING = 6;

    private Rand() {
    }

    static SplittableRandom of(long seed, long purpose, long entity) {
        long h = fmix(seed + 0x9E3779B97F4A7C15L);
        h = fmix(h ^ fmix(purpose + 0x632BE59BD9B4E019L));
        h = fmix(h ^ fmix(entity + 0x2545F4914F6CDD1DL));
        return new SplittableRandom(h);
    }

    private static long fmix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    /** A 9–10 digit number (100000000 … 9999999999). */
    static long tenDigits(SplittableRandom r) {
        return 100_000_000L + r.nextLong(9_900_000_000L);
    }

    static String digits(SplittableRandom r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }
}
