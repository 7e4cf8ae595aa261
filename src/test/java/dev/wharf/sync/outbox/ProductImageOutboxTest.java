package dev.wharf.sync.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.products.ImageRef;
import dev.wharf.products.ProductImages;
import dev.wharf.products.TestImages;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.products.FileProductImages;
import dev.wharf.sync.OutboxDelivery.DeliveryReport;
import dev.wharf.sync.SyncProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Product images through the outbox against the real sandbox (decision 0014): the upload goes before the product
 * write that names it, the write carries the platform's URL, an upload whose answer was lost is sent again and
 * still makes one image, and a later save of an uploaded image sends its URL without uploading again.
 */
class ProductImageOutboxTest {
    @TempDir
    static Path sandboxDir;
    static SandboxServer server;

    @TempDir
    Path shopDir;
    OutboxFixture f;
    InterceptingApi api;
    OutboxDispatcher dispatcher;
    FileProductImages files;

    @BeforeAll
    static void startSandbox() {
        server = SandboxServer.start(OutboxFixture.config(sandboxDir, 17));
    }

    @AfterAll
    static void stopSandbox() {
        server.close();
    }

    @BeforeEach
    void setUp() {
        f = new OutboxFixture(server, shopDir);
        api = new InterceptingApi(f.client);
        dispatcher = f.dispatcher(api);
        files = FileProductImages.of(f.db);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private DeliveryReport run() {
        return dispatcher.deliverDue(SyncProgress.NONE);
    }

    private String kept(int size) {
        return files.keep(ProductImages.prepare(TestImages.image("png", size, size, false), () -> false));
    }

    @Test
    void theUploadGoesFirstAndALostAnswerStillMakesOneImage() throws Exception {
        String ref = kept(420);
        assertThat(shopDir.resolve("images").resolve(ImageRef.fileName(ref))).exists();
        LocalCommands.Created created = f.commands.createProduct(OutboxFixture.newProduct("Serum 精华 30ml",
                "IMG-SERUM-1").withImages(List.of(ref, "https://cdn.example/side.jpg")), "with a photo");
        assertThat(f.store.unresolved()).extracting(OutboxEntry::command)
                .containsExactly(Command.PRODUCT_IMAGE, Command.PRODUCT_CREATE);
        assertThat(f.local("SELECT json_extract(images, '$[0]') FROM product WHERE product_id = ?", String.class,
                created.localId())).containsExactly(ref);

        api.hook = OutboxDeliveryTest.lostAnswerOnce("uploadImage");
        run();
        assertThat(api.count("uploadImage")).isEqualTo(1);
        assertThat(api.count("createProduct")).isZero(); // the create waits for its image
        f.clock.advance(Duration.ofMinutes(11));
        DeliveryReport report = run();

        assertThat(report.confirmed()).isEqualTo(2);
        assertThat(api.count("uploadImage")).isEqualTo(2); // sent again: the content hash makes it one image
        try (var stored = Files.list(sandboxDir.resolve("images"))) {
            assertThat(stored.filter(p -> p.getFileName().toString().startsWith(ImageRef.hash(ref))).count())
                    .isEqualTo(1);
        }
        String pid = f.sandbox("SELECT product_id FROM sku WHERE outer_id = 'IMG-SERUM-1'", String.class).get(0);
        List<String> onPlatform = f.client.productDetail(pid).productImages();
        assertThat(onPlatform).hasSize(2);
        assertThat(onPlatform.get(0)).startsWith(server.baseUri() + "/images/" + ImageRef.hash(ref));
        assertThat(onPlatform.get(1)).isEqualTo("https://cdn.example/side.jpg");
        // the local product shows the platform's URL, and the URL is remembered
        assertThat(f.local("SELECT json_extract(images, '$[0]') FROM product WHERE product_id = ?", String.class,
                pid)).containsExactly(onPlatform.get(0));
        assertThat(f.local("SELECT url FROM product_image WHERE ref = ?", String.class, ref))
                .containsExactly(onPlatform.get(0));

        // saved again later with the same image: no second upload, the write carries the URL at once
        f.commands.updateProduct(pid, OutboxFixture.newProduct("Serum 精华 30ml 新包装", "IMG-SERUM-1")
                .withImages(List.of(ref)), null);
        assertThat(f.store.unresolved()).extracting(OutboxEntry::command).containsExactly(Command.PRODUCT_UPDATE);
        assertThat(f.store.unresolved().get(0).payload()).contains(onPlatform.get(0)).doesNotContain(ref);
        run();
        assertThat(api.count("uploadImage")).isEqualTo(2);
        assertThat(f.client.productDetail(pid).productImages()).containsExactly(onPlatform.get(0));
    }

    @Test
    void aRefusedUploadHoldsTheProductBackAndAMissingFileIsRefusedAtOnce() {
        String ref = kept(400);
        LocalCommands.Created created = f.commands.createProduct(OutboxFixture.newProduct("Toner 化妆水 200ml",
                "IMG-TONER-1").withImages(List.of(ref)), null);
        // the file changed on disk since it was prepared: the platform refuses the upload (hash mismatch)
        writeOver(shopDir.resolve("images").resolve(ImageRef.fileName(ref)));
        run();
        OutboxEntry refused = f.store.needsAttention().get(0);
        assertThat(refused.command()).isEqualTo(Command.PRODUCT_IMAGE);
        assertThat(refused.lastError()).contains("content_hash does not match");
        assertThat(api.count("createProduct")).isZero();
        assertThat(f.store.unresolved()).extracting(OutboxEntry::aggregateId)
                .containsOnly(created.localId());

        String gone = ImageRef.of("c".repeat(64), "jpg");
        assertThatThrownBy(() -> f.commands.createProduct(OutboxFixture.newProduct("Mask 面膜 5片", "IMG-MASK-1")
                .withImages(List.of(gone)), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is missing");
        assertThat(f.local("SELECT count(*) FROM sku WHERE outer_sku_id = 'IMG-MASK-1'", Long.class))
                .containsExactly(0L);
    }

    private static void writeOver(Path file) {
        try {
            Files.write(file, TestImages.image("png", 500, 500, false));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
