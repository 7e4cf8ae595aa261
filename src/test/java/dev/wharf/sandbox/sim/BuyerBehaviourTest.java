package dev.wharf.sandbox.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class BuyerBehaviourTest {

    private final BuyerBehaviour behaviour = BuyerBehaviour.defaults();

    @Test
    void decisionsFollowTheRates() {
        assertThat(share(behaviour::pays)).isBetween(0.88, 0.92);
        assertThat(share(behaviour::cancelsBeforeAccept)).isBetween(0.02, 0.04);
        assertThat(share(behaviour::requestsRefundAfterShipping)).isBetween(0.01, 0.03);
        assertThat(share(random -> behaviour.receiptDelay(random).isPresent())).isBetween(0.67, 0.73);
    }

    @Test
    void delaysStayInTheirRanges() {
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 10_000; i++) {
            assertThat(behaviour.paymentDelay(random)).isBetween(Duration.ZERO, Duration.ofMinutes(30));
            behaviour.receiptDelay(random).ifPresent(delay ->
                    assertThat(delay).isBetween(Duration.ofDays(5), Duration.ofDays(15)));
        }
    }

    @Test
    void theSameStreamGivesTheSameDecisions() {
        assertThat(decisions(new SplittableRandom(77))).isEqualTo(decisions(new SplittableRandom(77)));
        assertThat(decisions(new SplittableRandom(77))).isNotEqualTo(decisions(new SplittableRandom(78)));
    }

    @Test
    void rejectsImpossibleSettings() {
        assertThatThrownBy(() -> new BuyerBehaviour(1.2, Duration.ZERO, 0, 0, 0, Duration.ZERO, Duration.ZERO))
                .hasMessageContaining("paymentRate");
        assertThatThrownBy(() -> new BuyerBehaviour(1, Duration.ZERO, 0, 0, 0, Duration.ofDays(2), Duration.ofDays(1)))
                .hasMessageContaining("minReceiptDelay");
        assertThat(new BuyerBehaviour(1, Duration.ZERO, 0, 0, 1, Duration.ofDays(3), Duration.ofDays(3))
                .receiptDelay(new SplittableRandom(1))).contains(Duration.ofDays(3));
    }

    private static double share(Predicate<SplittableRandom> decision) {
        SplittableRandom random = new SplittableRandom(1);
        int yes = 0;
        for (int i = 0; i < 20_000; i++) {
            if (decision.test(random)) {
                yes++;
            }
        }
        return yes / 20_000.0;
    }

    private List<Object> decisions(SplittableRandom random) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            out.add(behaviour.pays(random));
            out.add(behaviour.paymentDelay(random));
            out.add(behaviour.cancelsBeforeAccept(random));
            Optional<Duration> receipt = behaviour.receiptDelay(random);
            out.add(receipt);
        }
        return out;
    }
}
