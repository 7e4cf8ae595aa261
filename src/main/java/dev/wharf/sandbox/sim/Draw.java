package dev.wharf.sandbox.sim;

import java.util.List;
import java.util.SplittableRandom;

/** Small helpers for drawing from a {@link SplittableRandom}. */
final class Draw {

    private Draw() {
    }

    /** An index in {@code 0..weights.length-1}, each with probability proportional to its weight. */
    static int weightedIndex(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** One of the values, each with probability proportional to its weight. */
    static <T> T weighted(SplittableRandom random, List<T> values, double[] weights) {
        if (values.size() != weights.length) {
            throw new IllegalArgumentException("one weight per value");
        }
        return values.get(weightedIndex(random, weights));
    }

    static <T> T any(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static double between(SplittableRandom random, double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    /** True with this probability. */
    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }
}
