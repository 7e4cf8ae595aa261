package dev.wharf.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.orders.Deadlines.Deadline;
import dev.wharf.orders.Deadlines.Facts;
import dev.wharf.orders.Deadlines.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deadlines of an order, on a fixed clock. */
class DeadlinesTest {
    static final Instant PAID = Instant.parse("2026-11-16T01:00:00Z");

    static Facts paid(int status, Integer type) {
        return new Facts(status, type, PAID, null, null, null);
    }

    static Deadline find(List<Deadline> all, Kind kind) {
        return all.stream().filter(d -> d.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aPaidOrderMustBeAcceptedWithin24HoursAndIsMostUrgentForThat() {
        List<Deadline> all = Deadlines.of(paid(2, 2));

        assertThat(all.get(0)).isEqualTo(new Deadline(Kind.ACCEPT, PAID.plus(Duration.ofHours(24)), null));
        assertThat(Deadlines.dueAt(paid(2, 5))).contains(PAID.plus(Duration.ofHours(24)));
    }

    @Test
    void shippingIs72HoursExceptXloboWhichHasFiveWorkingDays() {
        assertThat(find(Deadlines.of(paid(17, 2)), Kind.SHIP).due()).isEqualTo(PAID.plus(Duration.ofHours(72)));
        assertThat(find(Deadlines.of(paid(17, 7)), Kind.SHIP).due()).isEqualTo(PAID.plus(Duration.ofHours(72)));
        assertThat(find(Deadlines.of(paid(17, 3)), Kind.SHIP).due()).isEqualTo(PAID.plus(Duration.ofDays(7)));
        assertThat(find(Deadlines.of(paid(17, 5)), Kind.SHIP).due()).isEqualTo(PAID.plus(Duration.ofDays(7)));
    }

    @Test
    void collectionScoresFullWithinFiveDaysForDirectMailAndConsolidatedAndTwoForBonded() {
        for (int type : new int[] {2, 3, 7}) {
            Deadline d = find(Deadlines.of(paid(17, type)), Kind.COLLECTION);
            assertThat(d.due()).isEqualTo(PAID.plus(Duration.ofDays(5)));
            assertThat(d.zeroAt()).isEqualTo(PAID.plus(Duration.ofDays(12)));
        }
        for (int type : new int[] {4, 5}) {
            Deadline d = find(Deadlines.of(paid(17, type)), Kind.COLLECTION);
            assertThat(d.due()).isEqualTo(PAID.plus(Duration.ofDays(2)));
            assertThat(d.zeroAt()).isEqualTo(PAID.plus(Duration.ofDays(3)));
        }
    }

    @Test
    void theNearestDeadlineOfAnAcceptedOrderDependsOnItsDeliveryType() {
        assertThat(Deadlines.dueAt(paid(17, 2))).contains(PAID.plus(Duration.ofHours(72)));
        assertThat(Deadlines.dueAt(paid(17, 3))).as("collection before xlobo's depot deadline")
                .contains(PAID.plus(Duration.ofDays(5)));
        assertThat(Deadlines.dueAt(paid(17, 4))).contains(PAID.plus(Duration.ofDays(2)));
        assertThat(Deadlines.dueAt(paid(17, null))).contains(PAID.plus(Duration.ofHours(72)));
    }

    @Test
    void anOpenRefundScoresFullWithinAnHourAndZeroAfterTwoDays() {
        Instant requested = Instant.parse("2026-11-20T08:10:00Z");
        Facts f = new Facts(4, 2, PAID, PAID, null, requested);

        Deadline d = find(Deadlines.of(f), Kind.REFUND_HANDLING);

        assertThat(d.due()).isEqualTo(requested.plus(Duration.ofHours(1)));
        assertThat(d.zeroAt()).isEqualTo(requested.plus(Duration.ofDays(2)));
        assertThat(Deadlines.dueAt(f)).contains(d.due());
        assertThat(d.remaining(requested.plus(Duration.ofMinutes(50)))).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void autoConfirmCountsDownFromShippingByDeliveryTypeAndIsNoSellerDeadline() {
        Instant shipped = PAID.plus(Duration.ofDays(1));
        Instant domestic = PAID.plus(Duration.ofDays(9));
        assertThat(find(Deadlines.of(new Facts(3, 3, PAID, shipped, null, null)), Kind.AUTO_CONFIRM).due())
                .isEqualTo(shipped.plus(Duration.ofDays(7)));
        assertThat(find(Deadlines.of(new Facts(3, 2, PAID, shipped, null, null)), Kind.AUTO_CONFIRM).due())
                .isEqualTo(shipped.plus(Duration.ofDays(20)));
        assertThat(find(Deadlines.of(new Facts(3, 4, PAID, shipped, null, null)), Kind.AUTO_CONFIRM).due())
                .isEqualTo(shipped.plus(Duration.ofDays(14)));
        assertThat(find(Deadlines.of(new Facts(3, 7, PAID, shipped, domestic, null)), Kind.AUTO_CONFIRM).due())
                .isEqualTo(domestic.plus(Duration.ofDays(10)));
        assertThat(Deadlines.dueAt(new Facts(3, 2, PAID, shipped, null, null))).isEmpty();
        assertThat(Deadlines.of(new Facts(4, 2, PAID, shipped, null, null))).isEmpty();
    }

    @Test
    void atRiskMeansWithin24HoursOrPassed() {
        Instant now = Instant.parse("2026-11-20T00:00:00Z");
        Deadlines deadlines = new Deadlines(Clock.fixed(now, ZoneOffset.UTC));

        assertThat(deadlines.atRisk(now.minus(Duration.ofDays(3)))).isTrue();
        assertThat(deadlines.atRisk(now.plus(Duration.ofHours(24)))).isTrue();
        assertThat(deadlines.atRisk(now.plus(Duration.ofHours(24)).plusMillis(1))).isFalse();
        assertThat(deadlines.atRisk(null)).isFalse();
    }
}
