package dev.wharf.sandbox.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TrafficGeneratorTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);

    @Test
    void theSameSeedAndDayGiveTheSameFiguresInAnyOrder() {
        TrafficGenerator one = new TrafficGenerator(42);
        TrafficGenerator other = new TrafficGenerator(42);

        DailyTraffic first = one.day(JUNE_1, 30);
        one.day(JUNE_1.plusDays(5), 12);

        assertThat(other.day(JUNE_1.plusDays(5), 12)).isEqualTo(one.day(JUNE_1.plusDays(5), 12));
        assertThat(other.day(JUNE_1, 30)).isEqualTo(first);
    }

    @Test
    void anotherSeedOrDayGivesOtherFigures() {
        assertThat(days(new TrafficGenerator(42))).isNotEqualTo(days(new TrafficGenerator(43)));
        assertThat(new TrafficGenerator(42).day(JUNE_1, 30).visitors())
                .isNotEqualTo(new TrafficGenerator(42).day(JUNE_1.plusDays(1), 30).visitors());
    }

    @Test
    void conversionIsPlausibleForAnyNumberOfPayingBuyers() {
        TrafficGenerator generator = new TrafficGenerator(7);
        for (int day = 0; day < 365; day++) {
            for (int payingBuyers : new int[] {1, 2, 5, 17, 60, 400, 100_000}) {
                DailyTraffic traffic = generator.day(JUNE_1.plusDays(day), payingBuyers);

                assertThat(traffic.conversionRate())
                        .isBetween(new BigDecimal("0.0100"), new BigDecimal("0.0600"));
                assertThat(traffic.payingBuyers()).isEqualTo(payingBuyers);
            }
        }
    }

    @Test
    void visitorsAndExposuresSplitIntoPlausibleShares() {
        TrafficGenerator generator = new TrafficGenerator(8);
        for (int day = 0; day < 365; day++) {
            DailyTraffic traffic = generator.day(JUNE_1.plusDays(day), 50);
            DailyTraffic.Visitors visitors = traffic.visitors();
            DailyTraffic.Exposures exposures = traffic.exposures();

            assertThat(share(visitors.productDetail(), visitors.total())).isBetween(0.54, 0.71);
            assertThat(share(visitors.shopHome(), visitors.total())).isBetween(0.17, 0.31);
            assertThat(visitors.liveAndOther()).isNotNegative();
            assertThat(share(visitors.total(), exposures.total())).isBetween(0.029, 0.081);
            assertThat(share(exposures.search(), exposures.total())).isBetween(0.34, 0.46);
            assertThat(share(exposures.recommendation(), exposures.total())).isBetween(0.24, 0.36);
            assertThat(share(exposures.live(), exposures.total())).isBetween(0.04, 0.13);
            assertThat(exposures.other()).isPositive();
        }
    }

    @Test
    void aDayWithoutOrdersStillHasAFewVisitors() {
        DailyTraffic traffic = new TrafficGenerator(1).day(JUNE_1, 0);

        assertThat(traffic.visitors().total()).isBetween(15, 60);
        assertThat(traffic.conversionRate()).isEqualByComparingTo("0");
    }

    @Test
    void rejectsANegativeCount() {
        assertThatThrownBy(() -> new TrafficGenerator(1).day(JUNE_1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<DailyTraffic> days(TrafficGenerator generator) {
        return IntStream.range(0, 30).mapToObj(i -> generator.day(JUNE_1.plusDays(i), 20)).toList();
    }

    private static double share(int part, int whole) {
        return (double) part / whole;
    }
}
