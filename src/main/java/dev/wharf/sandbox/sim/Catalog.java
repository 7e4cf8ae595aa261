package dev.wharf.sandbox.sim;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The products of the sandbox shop, read from a JSON file. The shop's seed catalog ships on the class path as
 * {@value #BUNDLED_RESOURCE} ({@link #bundled()}); {@link #load(Path)} reads another file of the same shape.
 *
 * <p>The file is {@code {"version": 1, "products": [...]}} with snake_case fields as in {@link CatalogProduct},
 * {@link CatalogSku} and {@link SkuProperty}; prices are JSON numbers with at most 2 decimals. Loading checks that
 * product ids, SKU ids and outer SKU ids are unique and that every value is valid; products keep the file's order.
 */
public final class Catalog {

    /** Class-path location of the sandbox shop's seed catalog. */
    public static final String BUNDLED_RESOURCE = "/dev/wharf/sandbox/catalog.json";

    private final List<CatalogProduct> products;
    private final Map<String, CatalogProduct> productsById = new HashMap<>();
    private final Map<String, CatalogProduct> productsBySku = new HashMap<>();
    private final Map<String, CatalogSku> skusById = new HashMap<>();

    /**
     * A catalog of these products.
     *
     * @throws IllegalArgumentException if it is empty or a product id, SKU id or outer SKU id appears twice
     */
    public Catalog(List<CatalogProduct> products) {
        this.products = List.copyOf(products);
        if (this.products.isEmpty()) {
            throw new IllegalArgumentException("the catalog has no product");
        }
        Set<String> outerIds = new HashSet<>();
        for (CatalogProduct product : this.products) {
            if (productsById.put(product.productId(), product) != null) {
                throw new IllegalArgumentException("product id " + product.productId() + " appears twice");
            }
            for (CatalogSku sku : product.skus()) {
                if (skusById.put(sku.skuId(), sku) != null) {
                    throw new IllegalArgumentException("SKU id " + sku.skuId() + " appears twice");
                }
                if (!outerIds.add(sku.outerSkuId())) {
                    throw new IllegalArgumentException("outer SKU id " + sku.outerSkuId() + " appears twice");
                }
                productsBySku.put(sku.skuId(), product);
            }
        }
    }

    /**
     * Reads a catalog from JSON (UTF-8). The stream is not closed.
     *
     * @throws IOException if it cannot be read or is not a valid catalog; the message names the bad field
     */
    public static Catalog load(InputStream json) throws IOException {
        Objects.requireNonNull(json, "json");
        CatalogFile file;
        try {
            file = mapper().readValue(json, CatalogFile.class);
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid catalog: " + e.getMessage(), e);
        }
        if (file == null || file.version() != 1) {
            throw new IOException("unsupported catalog version " + (file == null ? "(empty)" : file.version())
                    + "; this build reads version 1");
        }
        try {
            return new Catalog(Objects.requireNonNullElse(file.products(), List.of()));
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid catalog: " + e.getMessage(), e);
        }
    }

    /** Reads a catalog file. */
    public static Catalog load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The sandbox shop's seed catalog from the class path ({@value #BUNDLED_RESOURCE}).
     *
     * @throws UncheckedIOException if the resource is missing or invalid, which is a broken build
     */
    public static Catalog bundled() {
        try (InputStream in = Catalog.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IOException("resource " + BUNDLED_RESOURCE + " is not on the class path");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled sandbox catalog cannot be read: " + e.getMessage(), e);
        }
    }

    /** Every product, in the file's order. */
    public List<CatalogProduct> products() {
        return products;
    }

    public Optional<CatalogProduct> product(String productId) {
        return Optional.ofNullable(productsById.get(productId));
    }

    public Optional<CatalogSku> sku(String skuId) {
        return Optional.ofNullable(skusById.get(skuId));
    }

    /** The product a SKU belongs to. */
    public Optional<CatalogProduct> productOfSku(String skuId) {
        return Optional.ofNullable(productsBySku.get(skuId));
    }

    /**
     * A cart line for {@code quantity} pieces of a SKU, with the product's title, delivery type and the SKU's price.
     *
     * @throws IllegalArgumentException if the SKU is not in the catalog or the quantity is below 1
     */
    public CartLine cartLine(String skuId, int quantity) {
        CatalogProduct product = productOfSku(skuId)
                .orElseThrow(() -> new IllegalArgumentException("SKU " + skuId + " is not in the catalog"));
        return product.cartLine(skusById.get(skuId), quantity);
    }

    private static ObjectMapper mapper() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** The file's top level. */
    private record CatalogFile(int version, List<CatalogProduct> products) {
    }
}
