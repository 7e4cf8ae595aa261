package dev.wharf.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.ProductResult;
import dev.wharf.platform.dto.ProductWriteRequest;
import dev.wharf.platform.dto.SkuInfo.BundleItem;
import dev.wharf.platform.dto.SkuInfo;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pre-sale flag and set items through the real client: stored, answered, and their rules (decision 0014). */
class ProductFlagsTest {
    @TempDir
    static Path dir;
    static SandboxServer server;
    static GatewayClient client;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxFixture.config(dir, 23));
        client = ClientFixture.client(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    static ProductInfo product(String outer, int delivery, boolean preSale, String start, List<BundleItem> bundle) {
        return new ProductInfo(null, "预订 测试 套装 2件", 2001, "面部护理", 301, "Sandbox Brand", List.of(), null, null,
                null, start, null, delivery, false, List.of(new SkuInfo(null, List.of(), outer, null,
                new BigDecimal("99.00"), null, null, 0, null, null, null, bundle)), null, preSale);
    }

    static ProductResult create(String key, ProductInfo p) {
        return client.createProduct(new ProductWriteRequest(key, null, p, null)).results().get(0);
    }

    @Test
    void aPreSaleProductWithASetIsStoredAndAnswered() {
        List<BundleItem> set = List.of(new BundleItem("洗发水 400ml", 1), new BundleItem("护发素 400ml", 2));
        ProductResult r = create("flags-1", product("FLAG-SET-1", 3, true, null, set));
        assertThat(r.ok()).as(r.msg()).isTrue();
        ProductInfo back = client.productDetail(r.productId());
        assertThat(back.isPreSale()).isTrue();
        assertThat(back.skus().get(0).bundleItems()).containsExactlyElementsOf(set);

        ProductResult plain = client.updateProduct(new ProductWriteRequest(null, r.productId(),
                product("FLAG-SET-1", 3, false, null, null), null)).results().get(0);
        assertThat(plain.ok()).as(plain.msg()).isTrue();
        assertThat(client.productDetail(r.productId()).isPreSale()).isFalse();
        assertThat(client.productDetail(r.productId()).skus().get(0).bundleItems()).isNull();
    }

    @Test
    void theHandbooksRulesAreTheItemsFailure() {
        assertThat(create("flags-2", product("FLAG-BONDED", 4, true, null, null)).msg())
                .contains("pre-sale product ships by direct mail");
        String tomorrow = GatewayTime.FORMAT.format(java.time.LocalDateTime.ofInstant(server.shop().clock()
                .plus(Duration.ofDays(1)), GatewayTime.ZONE));
        assertThat(create("flags-3", product("FLAG-LATER", 2, true, tomorrow, null)).msg())
                .contains("cannot be scheduled");
        assertThat(create("flags-4", product("FLAG-FOUR", 2, false, null, List.of(new BundleItem("a", 1),
                new BundleItem("b", 1), new BundleItem("c", 1), new BundleItem("d", 1)))).msg())
                .contains("at most 3 items");
        assertThat(create("flags-5", product("FLAG-ZERO", 2, false, null, List.of(new BundleItem("a", 0)))).msg())
                .contains("quantity of 1 or more");
    }
}
