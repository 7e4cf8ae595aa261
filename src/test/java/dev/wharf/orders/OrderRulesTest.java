package dev.wharf.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderRulesTest {
    @Test
    void cancelOnlyBeforeAccepting() {
        assertThat(OrderRules.canCancel(1)).isTrue();
        assertThat(OrderRules.canCancel(2)).isTrue();
        for (int s : new int[] {17, 3, 4, 12, 13, 14, 18}) {
            assertThat(OrderRules.canCancel(s)).as("status %d", s).isFalse();
        }
    }

    @Test
    void theAddressChangesOnlyWhileAwaitingShipment() {
        assertThat(OrderRules.canChangeAddress(2)).isTrue();
        assertThat(OrderRules.canChangeAddress(17)).isTrue();
        for (int s : new int[] {1, 3, 4, 12, 13, 14, 18}) {
            assertThat(OrderRules.canChangeAddress(s)).as("status %d", s).isFalse();
        }
    }

    @Test
    void onlyAnOpenRefundIsDecidedAndItBlocksShipping() {
        assertThat(OrderRules.canDecideRefund(0)).isTrue();
        assertThat(OrderRules.canDecideRefund(1)).isFalse();
        assertThat(OrderRules.canDecideRefund(-1)).isFalse();
        assertThat(OrderRules.canShip(17, true)).isFalse();
        assertThat(OrderRules.canShip(17, false)).isTrue();
    }
}
