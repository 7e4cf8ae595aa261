package dev.wharf.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.orders.AcceptPlan.CartChoice;
import dev.wharf.orders.AcceptPlan.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AcceptPlannerTest {
    private final List<AcceptLine> lines = new ArrayList<>();

    private void line(String order, String trade, long paidAt, String sku, int qty) {
        lines.add(new AcceptLine(order, trade, 2, paidAt, sku, "title " + sku, qty));
    }

    private static Verdict verdict(AcceptPlan plan, String id) {
        return plan.orders().stream().filter(o -> o.orderId().equals(id)).findFirst().orElseThrow().verdict();
    }

    @Test
    void aCartWithOneItemInStockAndOneNotIsAShortCartAndIsHeldUnlessTheUserAcceptsTheRest() {
        line("101", "T1", 1, "boots", 1);
        line("102", "T1", 1, "lipstick", 1);
        line("201", "T2", 2, "lipstick", 1);
        AcceptPlan plan = AcceptPlanner.plan(List.of("101", "102", "201"), lines, Map.of("boots", 0, "lipstick", 5));

        assertThat(verdict(plan, "101")).isEqualTo(Verdict.SHORT);
        assertThat(verdict(plan, "102")).isEqualTo(Verdict.READY);
        assertThat(plan.shortCarts()).singleElement().satisfies(c -> {
            assertThat(c.tradeId()).isEqualTo("T1");
            assertThat(c.shortOrders()).containsExactly("101");
            assertThat(c.readyOrders()).containsExactly("102");
        });
        assertThat(plan.shortages()).singleElement().satisfies(s -> {
            assertThat(s.skuKey()).isEqualTo("boots");
            assertThat(s.stock()).isZero();
            assertThat(s.demand()).isEqualTo(1);
        });
        assertThat(plan.toAccept(Map.of())).containsExactly("201");
        assertThat(plan.toAccept(Map.of("T1", CartChoice.HOLD))).containsExactly("201");
        assertThat(plan.toAccept(Map.of("T1", CartChoice.ACCEPT_REST))).containsExactly("102", "201");
    }

    @Test
    void theSameSkuInSeveralOrdersIsSummedAndTheEarliestPaidOrdersGetTheStock() {
        line("301", "A", 30, "cream", 2);
        line("302", "B", 10, "cream", 2);
        line("303", "C", 20, "cream", 1);
        line("304", "D", 40, "cream", 1);
        AcceptPlan plan = AcceptPlanner.plan(List.of("301", "302", "303", "304"), lines, Map.of("cream", 4));

        // 302 (paid first) takes 2, 303 takes 1, 301 needs 2 of the 1 left: short; 304 takes the last one
        assertThat(verdict(plan, "302")).isEqualTo(Verdict.READY);
        assertThat(verdict(plan, "303")).isEqualTo(Verdict.READY);
        assertThat(verdict(plan, "301")).isEqualTo(Verdict.SHORT);
        assertThat(verdict(plan, "304")).isEqualTo(Verdict.READY);
        assertThat(plan.shortages()).singleElement().satisfies(s -> assertThat(s.demand()).isEqualTo(6));
        assertThat(plan.toAccept(Map.of())).containsExactly("302", "303", "304");
    }

    @Test
    void anOrderIsCoveredWholeOrNotAtAllAndTakesNoStockWhenShort() {
        line("401", "A", 1, "x", 1);
        line("401", "A", 1, "y", 3);
        line("402", "B", 2, "x", 1);
        AcceptPlan plan = AcceptPlanner.plan(List.of("401", "402"), lines, Map.of("x", 1, "y", 2));

        assertThat(verdict(plan, "401")).isEqualTo(Verdict.SHORT);
        assertThat(verdict(plan, "402")).as("401 took none of x").isEqualTo(Verdict.READY);
    }

    @Test
    void twoLinesOfOneSkuInOneOrderAreSummed() {
        line("501", "A", 1, "x", 2);
        line("501", "A", 1, "x", 2);
        AcceptPlan plan = AcceptPlanner.plan(List.of("501"), lines, Map.of("x", 3));
        assertThat(verdict(plan, "501")).isEqualTo(Verdict.SHORT);
    }

    @Test
    void ordersNotAwaitingAcceptOrNotInTheShopAreSkippedAndUnknownSkusAreNotChecked() {
        lines.add(new AcceptLine("601", "A", 17, 1, "x", "t", 1));
        line("602", "B", 1, "ghost", 9);
        line("603", "C", 1, null, 0);
        AcceptPlan plan = AcceptPlanner.plan(List.of("601", "602", "603", "999"), lines, Map.of("x", 0));

        assertThat(verdict(plan, "601")).isEqualTo(Verdict.NOT_AWAITING);
        assertThat(verdict(plan, "602")).isEqualTo(Verdict.READY);
        assertThat(verdict(plan, "603")).isEqualTo(Verdict.READY);
        assertThat(verdict(plan, "999")).isEqualTo(Verdict.NOT_FOUND);
        assertThat(plan.unknownStock()).containsExactly("ghost");
        assertThat(plan.shortages()).isEmpty();
        assertThat(plan.toAccept(Map.of())).containsExactly("602", "603");
    }

    @Test
    void shortOrdersInSeveralCartsGiveOneChoiceEach() {
        line("701", "A", 1, "x", 1);
        line("702", "B", 2, "x", 1);
        line("703", "B", 2, "y", 1);
        line("704", "C", 3, "x", 1);
        AcceptPlan plan = AcceptPlanner.plan(List.of("701", "702", "703", "704"), lines, Map.of("x", 1, "y", 1));

        assertThat(plan.shortCarts()).extracting(AcceptPlan.ShortCart::tradeId).containsExactly("B", "C");
        assertThat(plan.shortCarts().get(1).readyOrders()).isEmpty();
        assertThat(plan.toAccept(Map.of("B", CartChoice.ACCEPT_REST, "C", CartChoice.ACCEPT_REST)))
                .containsExactly("701", "703");
    }

    @Test
    void holdingAShortCartFreesTheStockItsReadyOrdersTookSoAnotherShortCartBecomesAcceptable() {
        line("101", "T1", 1, "cream", 1);   // paid first: takes the only cream
        line("102", "T1", 1, "boots", 1);   // no boots: T1 is short
        line("201", "T2", 2, "cream", 1);   // no cream left: T2 is short
        Map<String, Integer> stock = Map.of("cream", 1, "boots", 0);
        List<String> selected = List.of("101", "102", "201");

        AcceptPlan inTurn = AcceptPlanner.plan(selected, lines, stock);
        assertThat(inTurn.shortCarts()).extracting(AcceptPlan.ShortCart::tradeId).containsExactly("T1", "T2");
        assertThat(inTurn.toAccept(Map.of())).as("without re-planning nothing goes").isEmpty();

        AcceptPlan held = AcceptPlanner.plan(selected, lines, stock, Map.of());
        assertThat(verdict(held, "201")).as("T1 held by default: its cream goes to T2").isEqualTo(Verdict.READY);
        assertThat(held.shortCarts()).as("the held cart stays listed, as first found").singleElement()
                .satisfies(c -> {
                    assertThat(c.tradeId()).isEqualTo("T1");
                    assertThat(c.shortOrders()).containsExactly("102");
                    assertThat(c.readyOrders()).containsExactly("101");
                });
        assertThat(held.toAccept(Map.of())).containsExactly("201");
        assertThat(held.shortages()).extracting(AcceptPlan.Shortage::skuKey).as("what the whole selection needs").containsExactly("boots", "cream");

        AcceptPlan rest = AcceptPlanner.plan(selected, lines, stock, Map.of("T1", CartChoice.ACCEPT_REST));
        assertThat(verdict(rest, "201")).as("accepting T1's rest takes the cream again").isEqualTo(Verdict.SHORT);
        assertThat(rest.shortCarts()).extracting(AcceptPlan.ShortCart::tradeId).containsExactly("T1", "T2");
        assertThat(rest.toAccept(Map.of("T1", CartChoice.ACCEPT_REST))).containsExactly("101");
    }

    @Test
    void aCartMadeShortByReleasedStockIsHeldTooAndEveryOrderKeepsItsPlaceInTheSelection() {
        line("101", "T1", 1, "boots", 1);   // short: no boots
        line("102", "T1", 1, "cream", 1);   // ready, takes 1 of 2 cream
        line("201", "T2", 2, "cream", 2);   // short: 1 cream left
        line("301", "T3", 3, "cream", 1);   // ready with the last cream
        Map<String, Integer> stock = Map.of("boots", 0, "cream", 2);
        List<String> selected = List.of("301", "201", "102", "101", "999");

        AcceptPlan plan = AcceptPlanner.plan(selected, lines, stock, Map.of());

        // T1 held → 2 cream free → T2 (paid before T3) takes both → T3 short → held as well
        assertThat(plan.orders()).extracting(AcceptPlan.PlannedOrder::orderId)
                .containsExactly("301", "201", "102", "101", "999");
        assertThat(verdict(plan, "201")).isEqualTo(Verdict.READY);
        assertThat(verdict(plan, "999")).isEqualTo(Verdict.NOT_FOUND);
        assertThat(plan.shortCarts()).extracting(AcceptPlan.ShortCart::tradeId).containsExactly("T1", "T3");
        assertThat(plan.toAccept(Map.of())).containsExactly("201");
    }
}
