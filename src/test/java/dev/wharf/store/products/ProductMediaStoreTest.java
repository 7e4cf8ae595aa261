package dev.wharf.store.products;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.products.DeliveryType;
import dev.wharf.products.ImageRef;
import dev.wharf.products.PreparedImage;
import dev.wharf.products.ProductDraft;
import dev.wharf.products.ProductImageService;
import dev.wharf.products.ProductService;
import dev.wharf.products.ProductStatus;
import dev.wharf.products.SkuFilter;
import dev.wharf.products.SkuRow;
import dev.wharf.products.TestImages;
import dev.wharf.store.Database;
import dev.wharf.store.outbox.SqliteLocalCommands;
import dev.wharf.sync.outbox.OutboxListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images, pre-sale and sets on the local shop (decision 0014): an image file is copied into the profile's images
 * folder (the original may go), a saved draft comes back with its images, flag and set items, and the list's
 * pre-sale filter follows the flag.
 */
class ProductMediaStoreTest {
    @TempDir
    Path dir;
    @TempDir
    Path elsewhere;
    private Database db;
    private ProductService products;
    private ProductImageService images;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("shop.db"));
        products = new ProductService(new SqliteProductQueries(db), new SqliteProductLocalData(db,
                Clock.systemUTC()), new SqliteLocalCommands(db, Clock.systemUTC(), OutboxListener.NONE));
        images = new ProductImageService(FileProductImages.of(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aChosenFileIsCopiedIntoTheProfileAndTheSameFileTwiceIsOneCopy() throws Exception {
        Path original = elsewhere.resolve("口红 photo.png");
        Files.write(original, TestImages.image("png", 500, 500, false));
        ProductImageService.Added added = images.add(original, () -> false);
        ProductImageService.Added again = images.add(original, () -> false);
        assertThat(again.ref()).isEqualTo(added.ref());
        Files.delete(original);
        Path kept = dir.resolve("images").resolve(ImageRef.fileName(added.ref()));
        assertThat(kept).exists();
        try (var all = Files.list(dir.resolve("images"))) {
            assertThat(all.toList()).containsExactly(kept);
        }
        assertThat(images.displayUrl(added.ref())).isEqualTo(kept.toUri().toString());
        assertThat(images.displayUrl("https://cdn.example/a.jpg")).isEqualTo("https://cdn.example/a.jpg");
    }

    @Test
    void aSavedDraftKeepsItsImagesPreSaleAndSetItemsAndThePreSaleFilterFollowsTheFlag() {
        PreparedImage prepared = dev.wharf.products.ProductImages.prepare(TestImages.image("jpeg", 400, 400, false),
                () -> false);
        String ref = FileProductImages.of(db).keep(prepared);
        ProductDraft draft = new ProductDraft(null, "1001", "美妆", "", "Shiseido", "Shiseido 洗护套装 400ml 2件",
                "", DeliveryType.DIRECT_MAIL, null, null, List.of(ref, "https://cdn.example/b.jpg"),
                List.of(new ProductDraft.SkuDraft("", "SET-WASH-1", "199", "", "", "5", "", 0, "洗发水×1;护发素×2")),
                true);
        String id = products.save(draft);

        ProductDraft back = products.queries().draft(id).orElseThrow();
        assertThat(back.preSale()).isTrue();
        assertThat(back.images()).containsExactly(ref, "https://cdn.example/b.jpg");
        assertThat(back.skus().get(0).bundle()).isEqualTo("洗发水×1;护发素×2");

        List<String> preSale = products.queries().page(SkuFilter.all().withStatus(ProductStatus.PRE_SALE), null, 50)
                .rows().stream().map(SkuRow::outerSkuId).toList();
        assertThat(preSale).containsExactly("SET-WASH-1");
        List<String> offShelf = products.queries().page(SkuFilter.all().withStatus(ProductStatus.OFF_SHELF), null,
                50).rows().stream().map(SkuRow::outerSkuId).toList();
        assertThat(offShelf).containsExactly("SET-WASH-1"); // a new product waits off the shelf, flagged pre-sale
    }
}
