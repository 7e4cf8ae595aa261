package dev.wharf.sandbox.sim;

import java.util.SplittableRandom;

/** Derives independent, reproducible random streams from a seed and a few numbers (a salt, an index, a day). */
final class Seeds {

    static final long CUSTOMERS = 0x43555354L;
    static final long TRAFFIC = 0x54524146L;

    private Seeds() {
    }

    /** A random stream for this seed and these parts; different parts give unrelated streams. */
    static SplittableRandom random(long seed, long... parts) {
        return new SplittableRandom(mix(seed, parts));
    }

    static long mix(long seed, long... parts) {
        long h = fmix(seed + 0x9E3779B97F4A7C15L);
        for (long part : parts) {
            h = fmix(h ^ fmix(part + 0x632BE59BD9B4E019L));
        }
        return h;
    }

    /** MurmurHash3's 64-bit finaliser: every input bit affects every output bit. */
    private static long fmix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
