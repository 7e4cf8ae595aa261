package dev.wharf.sandbox.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

/** The splitting invariants, on random carts (a few SKUs of a few products, prices around the limit). */
class CartSplitterProperties {

    private final CartSplitter splitter = new CartSplitter();
    private final BigDecimal limit = splitter.limit();

    @Property
    void everyLineIsInExactlyOneOrder(@ForAll("carts") Cart cart) {
        List<CartLine> placed = splitter.split(cart).orders().stream()
                .flatMap(order -> order.lines().stream()).toList();

        assertThat(placed).containsExactlyInAnyOrderElementsOf(cart.lines());
    }

    @Property
    void eachOrderHasOneDeliveryType(@ForAll("carts") Cart cart) {
        for (SplitOrder order : splitter.split(cart).orders()) {
            assertThat(order.lines()).allMatch(line -> line.deliveryType() == order.deliveryType());
        }
    }

    @Property
    void anOrderOfSeveralLinesIsWithinTheLimit(@ForAll("carts") Cart cart) {
        for (SplitOrder order : splitter.split(cart).orders()) {
            if (order.lines().size() > 1) {
                assertThat(order.total()).isLessThanOrEqualTo(limit);
            }
        }
    }

    @Property
    void anOrderOverTheLimitIsOneLine(@ForAll("carts") Cart cart) {
        for (SplitOrder order : splitter.split(cart).orders()) {
            if (order.total().compareTo(limit) > 0) {
                assertThat(order.lines()).hasSize(1);
            }
        }
    }

    @Property
    void orderTotalsAddUpToTheCartTotalExactly(@ForAll("carts") Cart cart) {
        SplitResult result = splitter.split(cart);

        assertThat(result.total()).isEqualTo(cart.total());
        assertThat(result.orders()).allMatch(order -> order.total().scale() == 2);
    }

    @Property
    void oneDeliveryTypeWithinTheLimitIsOneOrderWithoutReasons(@ForAll("carts") Cart cart) {
        boolean oneType = deliveryTypes(cart).size() == 1;
        boolean withinLimit = cart.total().compareTo(limit) <= 0;
        SplitResult result = splitter.split(cart);

        if (oneType && withinLimit) {
            assertThat(result.orders()).hasSize(1);
            assertThat(result.reasons()).isEmpty();
        }
    }

    @Property
    void reasonsAreEmptyExactlyWhenTheCartIsOneOrder(@ForAll("carts") Cart cart) {
        SplitResult result = splitter.split(cart);

        assertThat(result.reasons().isEmpty()).isEqualTo(result.orders().size() == 1);
    }

    @Property
    void differentDeliveryTypesIsAReasonExactlyWhenTheCartHasTwoOrMore(@ForAll("carts") Cart cart) {
        assertThat(splitter.split(cart).reasons().contains(SplitReason.DIFFERENT_DELIVERY_TYPES))
                .isEqualTo(deliveryTypes(cart).size() > 1);
    }

    /** OVER_AMOUNT_LIMIT iff some delivery type has 2+ lines adding up to more than the limit. */
    @Property
    void overTheLimitIsAReasonExactlyWhenSomeDeliveryTypeHasSeveralLinesOverIt(@ForAll("carts") Cart cart) {
        boolean someTypeOver = byDeliveryType(cart).values().stream().anyMatch(lines -> lines.size() > 1
                && Money.sum(lines.stream().map(CartLine::lineTotal).toList()).compareTo(limit) > 0);

        assertThat(splitter.split(cart).reasons().contains(SplitReason.OVER_AMOUNT_LIMIT)).isEqualTo(someTypeOver);
    }

    /** ...which is the same as: some delivery type needed two or more orders. */
    @Property
    void overTheLimitIsAReasonExactlyWhenSomeDeliveryTypeBecameSeveralOrders(@ForAll("carts") Cart cart) {
        SplitResult result = splitter.split(cart);
        boolean someTypeSplit = result.orders().stream()
                .collect(Collectors.groupingBy(SplitOrder::deliveryType, Collectors.counting()))
                .values().stream().anyMatch(count -> count > 1);

        assertThat(result.reasons().contains(SplitReason.OVER_AMOUNT_LIMIT)).isEqualTo(someTypeSplit);
    }

    @Property
    void withinADeliveryTypeAtMostOneOrderIsHalfEmpty(@ForAll("carts") Cart cart) {
        Map<Integer, Long> halfEmpty = splitter.split(cart).orders().stream()
                .filter(order -> order.total().multiply(BigDecimal.valueOf(2)).compareTo(limit) <= 0)
                .collect(Collectors.groupingBy(SplitOrder::deliveryType, Collectors.counting()));

        assertThat(halfEmpty.values()).allMatch(count -> count <= 1);
    }

    @Property
    void aProductsLinesThatFitTogetherStayTogether(@ForAll("carts") Cart cart) {
        SplitResult result = splitter.split(cart);
        Map<String, List<CartLine>> byProductAndType = cart.lines().stream()
                .collect(Collectors.groupingBy(line -> line.productId() + "/" + line.deliveryType()));

        for (List<CartLine> lines : byProductAndType.values()) {
            if (Money.sum(lines.stream().map(CartLine::lineTotal).toList()).compareTo(limit) <= 0) {
                assertThat(result.orders()).filteredOn(order -> order.lines().contains(lines.get(0)))
                        .singleElement().satisfies(order -> assertThat(order.lines()).containsAll(lines));
            }
        }
    }

    @Property
    void theOrderOfLinesInTheCartDoesNotChangeTheOrders(@ForAll("carts") Cart cart) {
        List<CartLine> reversed = new ArrayList<>(cart.lines());
        java.util.Collections.reverse(reversed);

        assertThat(linesPerOrder(splitter.split(new Cart(cart.buyerId(), reversed))))
                .isEqualTo(linesPerOrder(splitter.split(cart)));
    }

    @Property(tries = 200)
    void anyLimitIsRespected(@ForAll("carts") Cart cart,
            @ForAll @BigRange(min = "1", max = "5000") @Scale(2) BigDecimal anyLimit) {
        SplitResult result = new CartSplitter(anyLimit).split(cart);

        assertThat(result.total()).isEqualTo(cart.total());
        assertThat(result.orders()).filteredOn(order -> order.lines().size() > 1)
                .allMatch(order -> order.total().compareTo(anyLimit) <= 0);
    }

    @Provide
    @SuppressWarnings("unchecked")
    Arbitrary<Cart> carts() {
        Arbitrary<BigDecimal> prices = Arbitraries.<BigDecimal>frequencyOf(
                weighted(5, Arbitraries.bigDecimals().between(new BigDecimal("0.01"),
                        new BigDecimal("300.00")).ofScale(2)),
                weighted(3, Arbitraries.bigDecimals().between(new BigDecimal("300.00"),
                        new BigDecimal("1500.00")).ofScale(2)),
                weighted(2, Arbitraries.bigDecimals().between(new BigDecimal("1500.00"),
                        new BigDecimal("4000.00")).ofScale(2)),
                weighted(1, Arbitraries.of(new BigDecimal("1000.00"), new BigDecimal("2000.00"),
                        new BigDecimal("666.67"), new BigDecimal("0.00"))));
        Arbitrary<LineDraft> drafts = Combinators.combine(
                Arbitraries.of("P1", "P2", "P3", "P4", "P5"),
                Arbitraries.of(DeliveryTypes.ALL),
                prices,
                Arbitraries.<Integer>frequencyOf(
                        weighted(6, Arbitraries.just(1)),
                        weighted(3, Arbitraries.integers().between(2, 3)),
                        weighted(1, Arbitraries.integers().between(4, 10))))
                .as(LineDraft::new);
        return drafts.list().ofMinSize(1).ofMaxSize(12).map(list -> {
            List<CartLine> lines = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                lines.add(list.get(i).toLine("S" + (100 + i)));
            }
            return new Cart("buyer", lines);
        });
    }

    private static <T> Tuple2<Integer, Arbitrary<? extends T>> weighted(int weight, Arbitrary<? extends T> values) {
        return Tuple.of(weight, values);
    }

    private record LineDraft(String productId, int deliveryType, BigDecimal price, int quantity) {
        CartLine toLine(String skuId) {
            return new CartLine(skuId, productId, "OUT-" + skuId, "商品 " + productId, "规格:" + skuId, deliveryType,
                    price, quantity);
        }
    }

    private static Map<Integer, List<CartLine>> byDeliveryType(Cart cart) {
        return cart.lines().stream().collect(Collectors.groupingBy(CartLine::deliveryType));
    }

    private static java.util.Set<Integer> deliveryTypes(Cart cart) {
        return byDeliveryType(cart).keySet();
    }

    private static List<List<String>> linesPerOrder(SplitResult result) {
        return result.orders().stream()
                .map(order -> order.lines().stream().map(CartLine::skuId).sorted().toList())
                .sorted(Comparator.comparing((Function<List<String>, String>) List::toString))
                .toList();
    }
}
