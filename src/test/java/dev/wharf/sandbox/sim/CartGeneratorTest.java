package dev.wharf.sandbox.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CartGeneratorTest {

    private static final Catalog CATALOG = Catalog.bundled();

    private final CartGenerator generator = new CartGenerator(CATALOG);
    private final List<Customer> customers = Customers.generate(11, 300);

    private List<Cart> carts(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Cart> carts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            carts.add(generator.draw(random, customers.get(i % customers.size())));
        }
        return carts;
    }

    @Test
    void theSameSeedGivesTheSameCarts() {
        assertThat(carts(3, 200)).isEqualTo(carts(3, 200));
    }

    @Test
    void anotherSeedGivesOtherCarts() {
        assertThat(carts(3, 50)).isNotEqualTo(carts(4, 50));
    }

    @Test
    void cartsHaveOneToSixLinesOfCatalogSkus() {
        for (Cart cart : carts(5, 2000)) {
            assertThat(cart.lines()).hasSizeBetween(1, CartGenerator.MAX_LINES);
            for (CartLine line : cart.lines()) {
                CatalogSku sku = CATALOG.sku(line.skuId()).orElseThrow();
                assertThat(line.unitPrice()).isEqualTo(sku.price());
                assertThat(line.quantity()).isBetween(1, 4);
                if (sku.price().compareTo(new BigDecimal("1000.00")) >= 0) {
                    assertThat(line.quantity()).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void quantitiesAreMostlyOneOrTwo() {
        List<CartLine> lines = carts(6, 2000).stream().flatMap(c -> c.lines().stream()).toList();

        long oneOrTwo = lines.stream().filter(l -> l.quantity() <= 2).count();
        assertThat((double) oneOrTwo / lines.size()).isGreaterThan(0.9);
    }

    @Test
    void loyalCustomersBuyMore() {
        SplittableRandom random = new SplittableRandom(8);
        double loyal = averagePieces(random, CustomerSegment.LOYAL);
        double fresh = averagePieces(random, CustomerSegment.NEW);
        double dormant = averagePieces(random, CustomerSegment.DORMANT);

        assertThat(loyal).isGreaterThan(fresh * 1.5).isGreaterThan(dormant * 1.5);
    }

    @Test
    void someCartsMixDeliveryTypesAndSomeExceedTheOrderLimit() {
        List<Cart> carts = carts(9, 2000);
        CartSplitter splitter = new CartSplitter();

        long mixed = carts.stream().filter(c -> c.lines().stream().map(CartLine::deliveryType).distinct().count() > 1)
                .count();
        long overLimit = carts.stream().filter(c -> c.total().compareTo(CartSplitter.DEFAULT_LIMIT) > 0).count();
        long split = carts.stream().filter(c -> splitter.split(c).isSplit()).count();

        assertThat(mixed).as("carts of several delivery types").isBetween(100L, 600L);
        assertThat(overLimit).as("carts over 2000 RMB").isBetween(100L, 600L);
        assertThat(split).as("carts split into several orders").isBetween(150L, 800L);
    }

    private double averagePieces(SplittableRandom random, CustomerSegment segment) {
        List<Customer> ofSegment = customers.stream().filter(c -> c.segment() == segment).toList();
        int pieces = 0;
        for (int i = 0; i < 1000; i++) {
            pieces += generator.draw(random, ofSegment.get(i % ofSegment.size())).lines().stream()
                    .mapToInt(CartLine::quantity).sum();
        }
        return pieces / 1000.0;
    }
}
