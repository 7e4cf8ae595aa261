package dev.wharf.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.Methods;
import dev.wharf.platform.dto.OrderChangesRequest;
import dev.wharf.platform.dto.OrderChangesResponse;
import dev.wharf.platform.dto.ProductDetailRequest;
import dev.wharf.platform.dto.ProductDetailResponse;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.ProductListRequest;
import dev.wharf.platform.dto.ProductListResponse;
import dev.wharf.platform.dto.SkuPriceUpdateRequest;
import dev.wharf.platform.dto.SkuPriceUpdateRequest.SkuPrice;
import dev.wharf.platform.dto.SkuResult;
import dev.wharf.platform.dto.SkuStockUpdateRequest;
import dev.wharf.platform.dto.SkuStockUpdateRequest.SkuStock;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Products and SKUs; the demo shop's determinism and persistence across restarts. */
class CatalogAndShopTest {
    @TempDir
    Path dir;

    @Test
    void productsStockAndPrices() {
        try (SandboxServer server = SandboxServer.start(SandboxFixture.config(dir, 3).withHistory(1, 10))) {
            SandboxCaller caller = new SandboxCaller(server);
            ProductListResponse page = caller.ok(Methods.PRODUCT_LIST, new ProductListRequest(null, 1, 10),
                    ProductListResponse.class);
            assertThat(page.productInfos()).hasSize(10);
            assertThat(page.totalCount()).isGreaterThan(10);
            ProductListResponse last = caller.ok(Methods.PRODUCT_LIST,
                    new ProductListRequest(null, (page.totalCount() + 9) / 10, 10), ProductListResponse.class);
            assertThat(last.productInfos()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
            ProductInfo first = page.productInfos().get(0);
            ProductListResponse byId = caller.ok(Methods.PRODUCT_LIST, new ProductListRequest(
                    List.of(first.productId(), "nope"), 1, 10), ProductListResponse.class);
            assertThat(byId.totalCount()).isEqualTo(1);
            List<String> tooMany = IntStream.range(0, 101).mapToObj(i -> "p" + i).toList();
            assertThat(caller.call(Methods.PRODUCT_LIST, new ProductListRequest(tooMany, 1, 10)).get("code")
                    .asText()).isEqualTo("0001");

            ProductInfo detail = caller.ok(Methods.PRODUCT_DETAIL, new ProductDetailRequest(first.productId()),
                    ProductDetailResponse.class).productInfo();
            assertThat(detail.skus()).isNotEmpty();
            assertThat(detail.deliveryType()).isIn(2, 3, 4, 5, 7);
            String outer = detail.skus().get(0).outerId();

            List<SkuResult> stock = caller.ok(Methods.SKU_STOCK_UPDATE, new SkuStockUpdateRequest(List.of(
                    new SkuStock(outer, 7), new SkuStock(outer, -1), new SkuStock("unknown-outer", 3))),
                    JsonNode.class).get("results").findValuesAsText("success").stream()
                    .map(v -> new SkuResult(null, Boolean.valueOf(v), null)).toList();
            assertThat(stock).extracting(SkuResult::ok).containsExactly(true, false, false);
            ProductInfo afterStock = caller.ok(Methods.PRODUCT_DETAIL, new ProductDetailRequest(first.productId()),
                    ProductDetailResponse.class).productInfo();
            assertThat(afterStock.skus().get(0).stockNum()).isEqualTo(7);

            JsonNode prices = caller.ok(Methods.SKU_PRICE_UPDATE, new SkuPriceUpdateRequest(List.of(
                    new SkuPrice(outer, new BigDecimal("199.90"), new BigDecimal("189.00"), BigDecimal.ZERO),
                    new SkuPrice(outer, BigDecimal.ZERO, null, null),
                    new SkuPrice(outer, new BigDecimal("10.00"), new BigDecimal("-1"), null),
                    new SkuPrice(outer, new BigDecimal("10.001"), null, null),
                    new SkuPrice("unknown-outer", new BigDecimal("10.00"), null, null))), JsonNode.class);
            assertThat(prices.get("results").findValuesAsText("success"))
                    .containsExactly("true", "false", "false", "false", "false");
            assertThat(prices.get("results").get(1).get("msg").asText()).contains("greater than 0");
            assertThat(prices.get("results").get(3).get("msg").asText()).contains("2 decimals");
            assertThat(prices.get("results").get(4).get("msg").asText()).contains("unknown outer SKU id");
            ProductInfo afterPrice = caller.ok(Methods.PRODUCT_DETAIL, new ProductDetailRequest(first.productId()),
                    ProductDetailResponse.class).productInfo();
            assertThat(afterPrice.skus().get(0).price()).isEqualByComparingTo("199.90");
            assertThat(afterPrice.skus().get(0).vipPrice()).isEqualByComparingTo("189.00");
        }
    }

    /**
     * A seller's stock, price and shelving writes stamp the product's update_time with the clock the gateway's Date
     * header shows (the later of it and the simulated clock, which here is years behind): the outbox compares it with
     * the time it sent a write (decision 0007).
     */
    @Test
    void sellerWritesStampTheProductsUpdateTimeWithTheGatewaysClock() {
        try (SandboxServer server = SandboxServer.start(SandboxFixture.config(dir, 4).withHistory(1, 10))) {
            SandboxCaller caller = new SandboxCaller(server);
            ProductInfo first = caller.ok(Methods.PRODUCT_LIST, new ProductListRequest(null, 1, 1),
                    ProductListResponse.class).productInfos().get(0);
            String outer = first.skus().get(0).outerId();
            assertThat(GatewayTime.parse(first.updateTime())).isBefore(SandboxFixture.CREATED.plusSeconds(1));

            Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            caller.ok(Methods.SKU_STOCK_UPDATE, new SkuStockUpdateRequest(List.of(new SkuStock(outer, 9))),
                    JsonNode.class);
            Instant afterStock = updateTime(caller, first.productId());
            assertThat(afterStock).isBetween(before, Instant.now());

            caller.ok(Methods.SKU_PRICE_UPDATE, new SkuPriceUpdateRequest(List.of(
                    new SkuPrice(outer, new BigDecimal("59.00"), null, null))), JsonNode.class);
            assertThat(updateTime(caller, first.productId())).isBetween(afterStock, Instant.now());
        }
    }

    private static Instant updateTime(SandboxCaller caller, String productId) {
        return GatewayTime.parse(caller.ok(Methods.PRODUCT_DETAIL, new ProductDetailRequest(productId),
                ProductDetailResponse.class).productInfo().updateTime());
    }

    /** SHA-256 of every order as the changes feed returns it, in change order. */
    static String digest(SandboxServer server) {
        SandboxCaller caller = new SandboxCaller(server);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String cursor = null;
            OrderChangesResponse page;
            do {
                page = caller.ok(Methods.ORDER_CHANGES, new OrderChangesRequest(cursor, 100, true),
                        OrderChangesResponse.class);
                md.update(SandboxCaller.json(page.ordersInfo()).getBytes(StandardCharsets.UTF_8));
                cursor = page.nextCursor();
            } while (Boolean.TRUE.equals(page.hasMore()));
            return HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sameSeedSameShopDifferentSeedDifferentShopAndRestartKeepsIt() {
        String a;
        Credentials credentials;
        try (SandboxServer server = SandboxServer.start(SandboxFixture.config(dir.resolve("a"), 5))) {
            a = digest(server);
            credentials = server.credentials();
            assertThat(credentials).isEqualTo(Credentials.derivedFrom(5));
        }
        try (SandboxServer again = SandboxServer.start(SandboxFixture.config(dir.resolve("b"), 5))) {
            assertThat(digest(again)).isEqualTo(a);
        }
        try (SandboxServer other = SandboxServer.start(SandboxFixture.config(dir.resolve("c"), 6))) {
            assertThat(digest(other)).isNotEqualTo(a);
        }
        // restart on the same folder (even with another --seed): the same shop, the same credentials
        try (SandboxServer restarted = SandboxServer.start(SandboxFixture.config(dir.resolve("a"), 99))) {
            assertThat(restarted.credentials()).isEqualTo(credentials);
            assertThat(digest(restarted)).isEqualTo(a);
        }
    }

    @Test
    void aNonceUsedBeforeARestartIsStillRefused() {
        Path data = dir.resolve("nonce");
        String body;
        String appId;
        dev.wharf.platform.GatewayRequest r;
        try (SandboxServer server = SandboxServer.start(SandboxFixture.config(data, 8).withHistory(0, 0))) {
            SandboxCaller caller = new SandboxCaller(server);
            r = caller.signed(Methods.LOGISTICS_COMPANIES, null);
            body = SandboxCaller.json(SandboxCaller.body(r));
            appId = r.appId();
            assertThat(caller.send(appId, r.method(), body).get("code").asText()).isEqualTo("0000");
        }
        try (SandboxServer server = SandboxServer.start(SandboxFixture.config(data, 8))) {
            JsonNode replay = new SandboxCaller(server).send(appId, r.method(), body);
            assertThat(replay.get("message").asText()).isEqualTo("nonce already used");
        }
    }

    @Test
    void faultInjectionAnswers0009WithoutRunningTheMethod() {
        try (SandboxServer server = SandboxServer.start(SandboxFixture.config(dir, 4).withHistory(0, 0)
                .withFaultEvery(2))) {
            SandboxCaller caller = new SandboxCaller(server);
            assertThat(caller.call(Methods.LOGISTICS_COMPANIES, null).get("code").asText()).isEqualTo("0000");
            assertThat(caller.call(Methods.LOGISTICS_COMPANIES, null).get("code").asText()).isEqualTo("0009");
        }
    }
}
