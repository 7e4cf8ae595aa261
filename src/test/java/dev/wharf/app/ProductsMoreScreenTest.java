package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.products.ProductStatus;
import dev.wharf.products.SkuRow;
import dev.wharf.products.TestImages;
import dev.wharf.products.ui.ProductImagesController;
import dev.wharf.store.TestQueries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * More of the products screen against the real sandbox: an image added in the editor waits to upload, then shows
 * as the list's thumbnail served by the sandbox after a sync; the cost and exchange-rate panel (a rate change moves
 * the margin, a negative margin is flagged); putting on sale and taking off shelf (waiting, then confirmed); and the
 * bulk edit's other buttons (± amount, ± percent, fill down, undo, redo).
 */
class ProductsMoreScreenTest extends ProductsScreenTest {
    @TempDir
    Path files;

    @Override
    String language() {
        return "en";
    }

    @Start
    void start(Stage stage) {
        startWith(stage);
    }

    static void fire(FxRobot robot, String id) {
        Platform.runLater(() -> robot.lookup(id).queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryTextInputControl().setText(text));
    }

    static void waitText(FxRobot robot, String id, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> textIfShown(robot, id).equals(expected));
    }

    @Test
    void anImageAddedInTheEditorWaitsToUploadThenIsTheThumbnailAfterASync(FxRobot robot) throws Exception {
        openProductsAfterFirstSync(robot);
        fire(robot, "#products-new");
        type(robot, "#editor-category-id", "1001");
        type(robot, "#editor-category-name", "美妆");
        type(robot, "#editor-brand-name", "Canmake");
        type(robot, "#editor-name", "Canmake 井田 腮红 粉色 5g");
        type(robot, "#editor-sku-0-outerId", "CANMAKE-BLUSH-01");
        type(robot, "#editor-sku-0-price", "69");
        type(robot, "#editor-sku-0-stock", "4");

        // a file the platform would refuse is named with the reason on the field
        Path tiny = files.resolve("tiny.png");
        Files.write(tiny, TestImages.image("png", 120, 120, false));
        Path photo = files.resolve("腮红.png");
        Files.write(photo, TestImages.image("png", 1200, 1200, true));
        ProductImagesController images = (ProductImagesController) robot.lookup("#editor-images").query()
                .getUserData();
        robot.interact(() -> images.addFiles(List.of(tiny)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !text(robot, "#editor-images-error").isEmpty());
        assertThat(text(robot, "#editor-images-error")).isEqualTo(
                "tiny.png: The image is 120 × 120 pixels; the platform needs at least 300 pixels on each side.");
        assertThat(robot.lookup("#editor-images").query().getStyleClass()).contains("invalid");

        robot.interact(() -> images.addFiles(List.of(photo)));
        waitText(robot, "#editor-image-state-0", "Main image · Waiting to upload");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> textIfShown(robot, "#editor-images-hint")
                .startsWith("腮红.png"));
        assertThat(text(robot, "#editor-images-error")).isEmpty();
        assertThat(text(robot, "#editor-images-hint")).startsWith("腮红.png was scaled to")
                .contains("The platform counts fewer than 3 images");
        fire(robot, "#editor-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#product-editor").query().isVisible());

        search(robot, "CANMAKE-BLUSH-01");
        assertThat(text(robot, "#products-sync-CANMAKE-BLUSH-01")).isEqualTo("Waiting to send");
        // offline, the list already shows the picture from the profile's images folder
        assertThat(table(robot).getItems().get(0).thumbnailUrl()).startsWith("file:").contains("images");

        app.shopSync().engine().syncNow().get(60, TimeUnit.SECONDS);
        search(robot, "CANMAKE-BLUSH-01");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            robot.interact(() -> { });
            return table(robot).getItems().get(0).thumbnailUrl().startsWith(shop.baseUri() + "/images/");
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#products-table .image-view")
                .queryAllAs(ImageView.class).stream().anyMatch(v -> v.getImage() != null
                        && v.getImage().getProgress() >= 1.0 && !v.getImage().isError()
                        && v.getImage().getUrl().startsWith(shop.baseUri() + "/images/")));
        assertThat(TestQueries.longs(app.database(), "SELECT count(*) FROM product_image")).containsExactly(1L);
    }

    @Test
    void aRateChangeMovesTheMarginAndANegativeMarginIsFlagged(FxRobot robot) throws Exception {
        openProductsAfterFirstSync(robot);
        String outer = table(robot).getItems().get(0).outerSkuId();
        search(robot, outer);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        long priceFen = table(robot).getItems().get(0).priceFen();

        // a small cost in yen: a positive margin
        type(robot, "#details-new-currency", "JPY");
        type(robot, "#details-new-rate", "0.05");
        fire(robot, "#details-add-rate");
        robot.interact(() -> robot.lookup("#details-currency").queryAs(ComboBox.class).getEditor().setText("JPY"));
        robot.interact(() -> robot.lookup("#details-currency").queryAs(ComboBox.class).setValue("JPY"));
        type(robot, "#details-cost", "100");
        fire(robot, "#details-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> textIfShown(robot, "#details-margin")
                .contains("cost ¥5.00"));
        assertThat(robot.lookup("#details-margin").query().getStyleClass()).doesNotContain("negative-margin");
        assertThat(table(robot).getItems().get(0).margin().orElseThrow().negative()).isFalse();

        // the yen dearer than the price can bear: the margin turns negative and is flagged, on the panel and list
        String dear = java.math.BigDecimal.valueOf(priceFen).movePointLeft(2).add(java.math.BigDecimal.ONE)
                .toPlainString();
        type(robot, "#details-new-currency", "JPY");
        type(robot, "#details-new-rate", dear);
        fire(robot, "#details-add-rate");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            robot.interact(() -> { });
            return table(robot).getItems().get(0).margin().map(m -> m.negative()).orElse(false);
        });
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#details-margin").query()
                .getStyleClass().contains("negative-margin"));
        assertThat(text(robot, "#details-margin")).contains("margin ¥-");

        // a rate that is not a number is refused on its field
        type(robot, "#details-new-currency", "USD");
        type(robot, "#details-new-rate", "seven");
        fire(robot, "#details-add-rate");
        assertThat(robot.lookup("#details-new-rate").query().getStyleClass()).contains("invalid");
        assertThat(text(robot, "#details-rate-error")).isNotEmpty();
    }

    @Test
    void takingOffShelfAndPuttingOnSaleWaitThenAreConfirmedAfterASync(FxRobot robot) throws Exception {
        openProductsAfterFirstSync(robot);
        robot.interact(() -> {
            robot.lookup("#products-status").queryAs(ComboBox.class).getSelectionModel().select(
                    robot.lookup("#products-status").queryAs(ComboBox.class).getItems().stream()
                            .filter(c -> String.valueOf(c).contains("On sale")).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table(robot).getItems().isEmpty()
                && table(robot).getItems().stream().allMatch(r -> r.status() == ProductStatus.ON_SALE));
        SkuRow row = table(robot).getItems().get(0);
        String outer = row.outerSkuId();
        search(robot, outer);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        fire(robot, "#products-unshelve");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            robot.interact(() -> { });
            return table(robot).getItems().isEmpty() || textIfShown(robot, "#products-sync-" + outer)
                    .equals("Waiting to send");
        });
        assertThat(status(row.productId())).isEqualTo("on_sale"); // not sent yet

        app.shopSync().engine().syncNow().get(60, TimeUnit.SECONDS);
        assertThat(status(row.productId())).isEqualTo("off_shelf");
        robot.interact(() -> robot.lookup("#products-status").queryAs(ComboBox.class).getSelectionModel()
                .clearSelection());
        search(robot, outer);
        waitText(robot, "#products-sync-" + outer, "Confirmed");
        assertThat(table(robot).getItems().get(0).status()).isEqualTo(ProductStatus.OFF_SHELF);

        robot.interact(() -> table(robot).getSelectionModel().select(0));
        fire(robot, "#products-shelve");
        waitText(robot, "#products-sync-" + outer, "Waiting to send");
        assertThat(table(robot).getItems().get(0).status()).isEqualTo(ProductStatus.ON_SALE);
        app.shopSync().engine().syncNow().get(60, TimeUnit.SECONDS);
        waitText(robot, "#products-sync-" + outer, "Confirmed");
        assertThat(status(row.productId())).isEqualTo("on_sale");
    }

    private String status(String productId) {
        return shop.shop().database().read(c -> {
            try (var ps = c.prepareStatement("SELECT status FROM product WHERE product_id = ?")) {
                ps.setString(1, productId);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    @Test
    void theBulkEditButtonsChangeTheSelectedRowsAndUndoRedoWalkBack(FxRobot robot) throws Exception {
        openProductsAfterFirstSync(robot);
        robot.interact(() -> table(robot).getSelectionModel().selectRange(0, 2));
        String a = table(robot).getItems().get(0).outerSkuId();
        String b = table(robot).getItems().get(1).outerSkuId();
        fire(robot, "#products-bulk-edit");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !textIfShown(robot, "#bulk-stock-" + b).isEmpty());

        type(robot, "#bulk-amount", "10");
        fire(robot, "#bulk-set");
        assertStocks(robot, a, b, "10", "10");
        fire(robot, "#bulk-add");
        assertStocks(robot, a, b, "20", "20");
        type(robot, "#bulk-amount", "3");
        fire(robot, "#bulk-subtract");
        assertStocks(robot, a, b, "17", "17");
        type(robot, "#bulk-amount", "50");
        fire(robot, "#bulk-add-percent");
        assertStocks(robot, a, b, "26", "26"); // 25.5 rounded half up to the unit
        fire(robot, "#bulk-subtract-percent");
        assertStocks(robot, a, b, "13", "13");

        // one row selected in the grid: only it changes; then fill down copies it to the row below
        @SuppressWarnings("unchecked")
        TableView<Integer> grid = robot.lookup("#bulk-grid").queryAs(TableView.class);
        robot.interact(() -> grid.getSelectionModel().clearAndSelect(0));
        type(robot, "#bulk-amount", "40");
        fire(robot, "#bulk-set");
        assertStocks(robot, a, b, "40", "13");
        robot.interact(() -> grid.getSelectionModel().selectRange(0, 2));
        fire(robot, "#bulk-fill-down");
        assertStocks(robot, a, b, "40", "40");

        fire(robot, "#bulk-undo");
        assertStocks(robot, a, b, "40", "13");
        fire(robot, "#bulk-undo");
        assertStocks(robot, a, b, "13", "13");
        fire(robot, "#bulk-redo");
        assertStocks(robot, a, b, "40", "13");
        fire(robot, "#bulk-redo");
        assertStocks(robot, a, b, "40", "40");
    }

    private static void assertStocks(FxRobot robot, String a, String b, String stockA, String stockB)
            throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> textIfShown(robot, "#bulk-stock-" + a).equals(stockA)
                && textIfShown(robot, "#bulk-stock-" + b).equals(stockB));
    }
}
