package dev.wharf.sandbox.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A seed names a sandbox shop: the same seed must give the same customers, carts and traffic on every machine and
 * in every release. These pinned values change only on purpose (a changed generator or catalog), and then every
 * sandbox and every recorded test scenario made from a seed changes with them: say so in the release notes.
 */
class SeedStabilityTest {

    @Test
    void seed42StillGivesTheSameFirstCustomer() {
        assertThat(Customers.customer(42, 0)).isEqualTo(new Customer("songyaqin_1001", "宋雅琴", "13336221217",
                "广东省", "深圳市", "南山区中山路924号16号楼406室", "518052", CustomerSegment.DORMANT));
        assertThat(Customers.generate(42, 10)).extracting(Customer::segment).containsExactly(
                CustomerSegment.DORMANT, CustomerSegment.NEW, CustomerSegment.NEW, CustomerSegment.LOYAL,
                CustomerSegment.NEW, CustomerSegment.DORMANT, CustomerSegment.LOYAL, CustomerSegment.NEW,
                CustomerSegment.DORMANT, CustomerSegment.NEW);
    }

    @Test
    void seed42StillGivesTheSameCart() {
        Cart cart = new CartGenerator(Catalog.bundled()).draw(new SplittableRandom(42), Customers.customer(42, 0));

        assertThat(cart.lines()).extracting(line -> line.skuId() + "x" + line.quantity())
                .containsExactly("p1006-01x1", "p1037-01x2");
        assertThat(cart.total()).isEqualTo(new BigDecimal("547.00"));
    }

    @Test
    void seed42StillGivesTheSameTraffic() {
        DailyTraffic traffic = new TrafficGenerator(42).day(LocalDate.of(2025, 6, 1), 30);

        assertThat(traffic.visitors()).isEqualTo(new DailyTraffic.Visitors(178, 386, 57));
        assertThat(traffic.exposures()).isEqualTo(new DailyTraffic.Exposures(5103, 3343, 977, 2480));
    }
}
