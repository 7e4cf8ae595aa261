package dev.wharf.sandbox.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws what a customer puts in the cart, from the catalog. The cart is drawn from the given random stream only, so
 * the same stream state, catalog and customer give the same cart.
 *
 * <p>The shape, an assumption of the simulation: 1 to 6 lines; new and dormant customers mostly buy 1 or 2 lines,
 * loyal ones more; quantities are mostly 1 or 2, never more than 1 for a piece of 1000 RMB or more, and loyal
 * customers take a second piece more often. Cheaper products are drawn more often than dear ones (a product's
 * weight is its lowest price to the power -0.75). Each further line comes from a product of the first line's
 * delivery type 85% of the time, otherwise from any product, so some carts mix delivery types; bags and sets over
 * 2000 RMB and long carts make some carts exceed the platform's order limit. With the bundled catalog and buyers
 * drawn by {@link Customers#pickBuyer}, about one cart in eight mixes delivery types, one in six exceeds 2000 RMB
 * and one in four is split. Stock is not looked at: the caller
 * holds the current stock and decides what happens to a cart it cannot fill.
 */
public final class CartGenerator {

    /** Most lines in one cart. */
    public static final int MAX_LINES = 6;

    private static final double SAME_DELIVERY_TYPE = 0.85;
    private static final BigDecimal ONE_PIECE_FROM = new BigDecimal("1000.00");

    private static final double[] LINES_NEW = {50, 30, 13, 5, 2, 0};
    private static final double[] LINES_DORMANT = {55, 28, 11, 4, 2, 0};
    private static final double[] LINES_LOYAL = {20, 25, 22, 15, 10, 8};
    private static final double[] QUANTITY = {76, 18, 4, 2};
    private static final double[] QUANTITY_LOYAL = {62, 27, 7, 4};

    private final Catalog catalog;
    private final List<CatalogProduct> products;
    private final double[] productWeights;

    public CartGenerator(Catalog catalog) {
        this.catalog = catalog;
        this.products = catalog.products();
        this.productWeights = products.stream().mapToDouble(CartGenerator::popularity).toArray();
    }

    public Catalog catalog() {
        return catalog;
    }

    /** A cart for this customer, drawn from {@code random}. */
    public Cart draw(SplittableRandom random, Customer customer) {
        int wanted = 1 + Draw.weightedIndex(random, linesFor(customer.segment()));
        List<CartLine> lines = new ArrayList<>();
        Set<String> skusInCart = new HashSet<>();
        CatalogProduct first = Draw.weighted(random, products, productWeights);
        addLine(random, customer, first, lines, skusInCart);
        for (int attempt = 0; lines.size() < wanted && attempt < wanted * 4; attempt++) {
            CatalogProduct product = Draw.chance(random, SAME_DELIVERY_TYPE)
                    ? productOfType(random, first.deliveryType())
                    : Draw.weighted(random, products, productWeights);
            addLine(random, customer, product, lines, skusInCart);
        }
        return new Cart(customer.buyerId(), lines);
    }

    private void addLine(SplittableRandom random, Customer customer, CatalogProduct product, List<CartLine> lines,
            Set<String> skusInCart) {
        List<CatalogSku> free = product.skus().stream().filter(sku -> !skusInCart.contains(sku.skuId())).toList();
        if (free.isEmpty()) {
            return;
        }
        CatalogSku sku = Draw.any(random, free);
        int quantity = 1 + Draw.weightedIndex(random,
                customer.segment() == CustomerSegment.LOYAL ? QUANTITY_LOYAL : QUANTITY);
        if (sku.price().compareTo(ONE_PIECE_FROM) >= 0) {
            quantity = 1;
        }
        skusInCart.add(sku.skuId());
        lines.add(product.cartLine(sku, quantity));
    }

    private CatalogProduct productOfType(SplittableRandom random, int deliveryType) {
        List<CatalogProduct> ofType = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            if (products.get(i).deliveryType() == deliveryType) {
                ofType.add(products.get(i));
                weights.add(productWeights[i]);
            }
        }
        return Draw.weighted(random, ofType, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double[] linesFor(CustomerSegment segment) {
        return switch (segment) {
            case LOYAL -> LINES_LOYAL;
            case DORMANT -> LINES_DORMANT;
            case NEW -> LINES_NEW;
        };
    }

    private static double popularity(CatalogProduct product) {
        BigDecimal cheapest = product.skus().stream().map(CatalogSku::price).min(BigDecimal::compareTo).orElseThrow();
        // StrictMath: Math.pow may differ in the last bit between JVMs, and a weight must not.
        return StrictMath.pow(cheapest.doubleValue(), -0.75);
    }
}
