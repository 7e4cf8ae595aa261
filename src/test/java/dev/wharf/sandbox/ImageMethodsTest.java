package dev.wharf.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.dto.ImageResult;
import dev.wharf.platform.dto.ImageUploadRequest;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.ProductResult;
import dev.wharf.platform.dto.ProductWriteRequest;
import dev.wharf.platform.dto.SkuInfo;
import dev.wharf.products.ProductImages;
import dev.wharf.products.TestImages;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wharf.product.image.upload} through the real client: the image is kept in the sandbox's data folder and
 * served over HTTP, the same bytes answer the same URL (one file), broken rules are the item's failure, a product
 * refuses an image that was never uploaded, and product answers follow the server to another port after a restart.
 */
class ImageMethodsTest {
    @TempDir
    Path dir;

    static ImageUploadRequest upload(byte[] bytes, String type) {
        return new ImageUploadRequest(ProductImages.sha256(bytes), type, Base64.getEncoder().encodeToString(bytes));
    }

    static byte[] get(String url) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return r.statusCode() == 200 ? r.body() : null;
    }

    @Test
    void anUploadIsKeptServedAndIdempotentByContentHash() throws Exception {
        byte[] png = TestImages.image("png", 640, 480, false);
        try (SandboxServer server = SandboxServer.start(SandboxFixture.config(dir, 5));
             GatewayClient client = ClientFixture.client(server)) {
            ImageResult first = client.uploadImage(upload(png, "image/png")).results().get(0);
            assertThat(first.ok()).as(first.msg()).isTrue();
            assertThat(first.imageUrl()).startsWith(server.baseUri() + "/images/").endsWith(".png");
            assertThat(first.width()).isEqualTo(640);
            assertThat(get(first.imageUrl())).isEqualTo(png);

            ImageResult again = client.uploadImage(upload(png, "image/png")).results().get(0);
            assertThat(again.imageUrl()).isEqualTo(first.imageUrl());
            try (var files = Files.list(dir.resolve("images"))) {
                assertThat(files.toList()).hasSize(1);
            }
            assertThat(get(server.baseUri() + "/images/" + "0".repeat(64) + ".png")).isNull();
            assertThat(get(server.baseUri() + "/images/../sandbox.db")).isNull();
        }
    }

    @Test
    void brokenRulesAreTheItemsFailure() {
        try (SandboxServer server = SandboxServer.start(SandboxFixture.config(dir, 5));
             GatewayClient client = ClientFixture.client(server)) {
            byte[] png = TestImages.image("png", 640, 480, false);
            ImageUploadRequest wrongHash = new ImageUploadRequest("a".repeat(64), "image/png",
                    Base64.getEncoder().encodeToString(png));
            assertThat(client.uploadImage(wrongHash).results().get(0).msg()).contains("content_hash does not match");
            assertThat(client.uploadImage(upload(png, "image/jpeg")).results().get(0).msg())
                    .contains("cannot be read as image/jpeg");
            assertThat(client.uploadImage(upload(TestImages.image("png", 200, 200, false), "image/png")).results()
                    .get(0).msg()).contains("300 to 5000 pixels");
            assertThat(client.uploadImage(upload(png, "image/webp")).results().get(0).ok()).isFalse();
            ClientFixture.invalid(() -> client.uploadImage(new ImageUploadRequest("xyz", "image/png", "AA==")),
                    "content_hash");
        }
    }

    @Test
    void productsCarryUploadedImagesAndRefuseLocalReferences() throws Exception {
        byte[] jpeg = TestImages.image("jpeg", 500, 500, false);
        String url;
        String productId;
        try (SandboxServer server = SandboxServer.start(SandboxFixture.config(dir, 5));
             GatewayClient client = ClientFixture.client(server)) {
            url = client.uploadImage(upload(jpeg, "image/jpeg")).results().get(0).imageUrl();
            ProductResult refused = client.createProduct(new ProductWriteRequest("k1", null,
                    product(List.of("wharf-image:" + "b".repeat(64) + ".jpg")), null)).results().get(0);
            assertThat(refused.ok()).isFalse();
            assertThat(refused.msg()).contains("upload them first");
            ProductResult made = client.createProduct(new ProductWriteRequest("k2", null,
                    product(List.of(url, "https://cdn.example/x.jpg")), null)).results().get(0);
            assertThat(made.ok()).as(made.msg()).isTrue();
            productId = made.productId();
            assertThat(client.productDetail(productId).productImages())
                    .containsExactly(url, "https://cdn.example/x.jpg");
        }
        // the same shop on another port: the image answers on the new address
        try (SandboxServer server = SandboxServer.start(SandboxFixture.config(dir, 5));
             GatewayClient client = ClientFixture.client(server)) {
            String now = client.productDetail(productId).productImages().get(0);
            assertThat(now).startsWith(server.baseUri().toString()).endsWith(url.substring(url.indexOf("/images/")));
            assertThat(get(now)).isEqualTo(jpeg);
        }
    }

    static ProductInfo product(List<String> images) {
        return new ProductInfo(null, "图片测试 面霜 50ml", 2001, "面部护理", 301, "Sandbox Brand", images, null, null,
                null, null, null, 3, false, List.of(new SkuInfo(null, List.of(), "IMG-T-" + images.size()
                + images.get(0).length(), null, new BigDecimal("99.00"), null, null, 3, null, null, null)), null);
    }
}
