package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.common.AppPaths;
import dev.wharf.common.Profile;
import dev.wharf.common.settings.SettingsStore;
import dev.wharf.products.SkuRow;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.TestQueries;
import dev.wharf.sync.connect.ConnectionCheck;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The products screen against the real sandbox: search in both languages, and journey 2's stock correction — a
 * SKU's stock edited in the grid shows "waiting to send", then "confirmed" after a sync, and the platform has it.
 */
@ExtendWith(ApplicationExtension.class)
abstract class ProductsScreenTest {
    @TempDir
    Path home;
    @TempDir
    Path shopDir;

    SandboxServer shop;
    AppComposition app;

    abstract String language();

    void startWith(Stage stage) {
        shop = SandboxServer.start(SandboxConfig.of(shopDir).withPort(0).withHistory(2, 12));
        AppPaths paths = new AppPaths(home);
        SettingsStore settings = new SettingsStore(paths.settingsFile());
        settings.update(s -> s.withLanguage(language()));
        app = new AppComposition(paths, settings, Profile.resolve(paths, null, null));
        ConnectionCheck check = app.shopSetup().connect(shop.baseUri().toString(), shop.credentials().appId(),
                shop.credentials().appSecret(), shop.credentials().authCode());
        assertThat(check.ok()).as("connected: %s", check).isTrue();
        app.markConnected();
        new MainWindow(stage, app).show();
    }

    @AfterEach
    void tearDown() {
        app.close();
        shop.close();
    }

    @SuppressWarnings("unchecked")
    static TableView<SkuRow> table(FxRobot robot) {
        return robot.lookup("#products-table").queryAs(TableView.class);
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** The text of a node that may be re-rendered meanwhile ("" while it is not in the scene). */
    static String textIfShown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }

    void openProductsAfterFirstSync(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.syncStatus().snapshot().lastSync() != null);
        robot.clickOn("#nav-products");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table(robot).getItems().isEmpty());
    }

    void search(FxRobot robot, String words) throws Exception {
        robot.interact(() -> {
            robot.lookup("#products-search").queryTextInputControl().setText(words);
            robot.lookup("#products-search").queryTextInputControl().fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table(robot).getItems().isEmpty()
                && table(robot).getItems().stream().allMatch(r -> matches(r, words)));
    }

    static boolean matches(SkuRow r, String words) {
        for (String w : words.split(" ")) {
            String lw = w.toLowerCase(java.util.Locale.ROOT);
            if (!(r.productName().toLowerCase(java.util.Locale.ROOT).contains(lw)
                    || (r.brand() != null && r.brand().toLowerCase(java.util.Locale.ROOT).contains(lw))
                    || r.outerSkuId().toLowerCase(java.util.Locale.ROOT).contains(lw))) {
                return false;
            }
        }
        return true;
    }

    static final class English extends ProductsScreenTest {
        @Override
        String language() {
            return "en";
        }

        @Start
        void start(Stage stage) {
            startWith(stage);
        }

        @Test
        void searchFindsProductsByChineseAndEnglishWords(FxRobot robot) throws Exception {
            openProductsAfterFirstSync(robot);
            assertThat(table(robot).getColumns().get(1).getText()).isEqualTo("Product");
            assertThat(text(robot, "#products-summary")).endsWith("SKUs");

            search(robot, "红腰子");
            assertThat(table(robot).getItems()).extracting(SkuRow::productName).allMatch(n -> n.contains("Shiseido"));
            search(robot, "shiseido");
            assertThat(table(robot).getItems()).allMatch(r -> r.productName().contains("红腰子"));
        }

        @Test
        void aStockChangeIsWaitingThenConfirmedAfterASync(FxRobot robot) throws Exception {
            openProductsAfterFirstSync(robot);
            String outer = table(robot).getItems().get(0).outerSkuId();
            search(robot, outer);
            robot.interact(() -> table(robot).getSelectionModel().select(0));
            Platform.runLater(() -> robot.lookup("#products-bulk-edit").queryAs(Button.class).fire());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup("#bulk-edit").query().isVisible()).isTrue();

            // a wrong amount is refused on the field, nothing changes
            robot.interact(() -> robot.lookup("#bulk-amount").queryTextInputControl().setText("-x"));
            Platform.runLater(() -> robot.lookup("#bulk-set").queryAs(Button.class).fire());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(text(robot, "#bulk-amount-error")).startsWith("Type a whole number");
            assertThat(robot.lookup("#bulk-push").queryAs(Button.class).isDisabled()).isTrue();

            robot.interact(() -> robot.lookup("#bulk-amount").queryTextInputControl().setText("37"));
            Platform.runLater(() -> robot.lookup("#bulk-set").queryAs(Button.class).fire());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(text(robot, "#bulk-stock-" + outer)).isEqualTo("37");
            Platform.runLater(() -> robot.lookup("#bulk-push").queryAs(Button.class).fire());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                    () -> textIfShown(robot, "#bulk-result-" + outer).equals("Waiting to send"));

            Platform.runLater(() -> robot.lookup("#bulk-close").queryAs(Button.class).fire());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#products-sync-" + outer).tryQuery()
                    .map(n -> ((Labeled) n).getText().equals("Waiting to send")).orElse(false));
            assertThat(table(robot).getItems().get(0).stock()).isEqualTo(37);

            app.shopSync().engine().syncNow().get(60, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#products-sync-" + outer).tryQuery()
                    .map(n -> ((Labeled) n).getText().equals("Confirmed")).orElse(false));
            List<Long> onPlatform = shop.shop().database().read(c -> {
                try (var ps = c.prepareStatement("SELECT stock FROM sku WHERE outer_id = ?")) {
                    ps.setString(1, outer);
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        return List.of(rs.getLong(1));
                    }
                }
            });
            assertThat(onPlatform).containsExactly(37L);
            assertThat(TestQueries.longs(app.database(), "SELECT stock FROM sku WHERE outer_sku_id = ?", outer))
                    .containsExactly(37L);
        }
    }

    static final class Editor extends ProductsScreenTest {
        @Override
        String language() {
            return "en";
        }

        @Start
        void start(Stage stage) {
            startWith(stage);
        }

        void type(FxRobot robot, String id, String text) {
            robot.interact(() -> robot.lookup(id).queryTextInputControl().setText(text));
        }

        void fire(FxRobot robot, String id) {
            Platform.runLater(() -> robot.lookup(id).queryAs(Button.class).fire());
            WaitForAsyncUtils.waitForFxEvents();
        }

        @Test
        void aNewProductIsCheckedOnItsFieldsThenListedAndCreatedAtTheNextSync(FxRobot robot) throws Exception {
            openProductsAfterFirstSync(robot);
            fire(robot, "#products-new");
            assertThat(robot.lookup("#product-editor").query().isVisible()).isTrue();
            type(robot, "#editor-sku-0-outerId", "JP-SKII-FTE-01");
            type(robot, "#editor-sku-0-price", "12.345");
            fire(robot, "#editor-save");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#editor-error").isEmpty());
            assertThat(text(robot, "#editor-error")).contains("fields need a change");
            assertThat(robot.lookup("#editor-name").query().getStyleClass()).contains("invalid");
            assertThat(robot.lookup("#editor-sku-0-outerId").queryAs(javafx.scene.control.Control.class)
                    .getTooltip().getText()).isEqualTo("Another product of the shop already uses this outer SKU id.");
            assertThat(robot.lookup("#editor-sku-0-price").queryAs(javafx.scene.control.Control.class)
                    .getTooltip().getText()).isEqualTo("The price must be more than 0.");

            type(robot, "#editor-category-id", "1001");
            type(robot, "#editor-category-name", "美妆");
            type(robot, "#editor-brand-name", "Canmake");
            type(robot, "#editor-name", "Canmake 井田 棉花糖 蜜粉饼 10g");
            assertThat(text(robot, "#editor-name-hint")).doesNotContain("does not contain the brand");
            type(robot, "#editor-sku-0-outerId", "CANMAKE-MP-01");
            type(robot, "#editor-sku-0-properties", "颜色:透明");
            type(robot, "#editor-sku-0-price", "89.9");
            type(robot, "#editor-sku-0-stock", "12");
            fire(robot, "#editor-save");
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#product-editor").query().isVisible()
                    || !text(robot, "#editor-error").isEmpty());
            assertThat(text(robot, "#editor-error")).isEmpty();

            search(robot, "CANMAKE-MP-01");
            SkuRow row = table(robot).getItems().get(0);
            assertThat(row.productName()).isEqualTo("Canmake 井田 棉花糖 蜜粉饼 10g");
            assertThat(row.properties()).isEqualTo("颜色: 透明");
            assertThat(text(robot, "#products-sync-CANMAKE-MP-01")).isEqualTo("Waiting to send");

            app.shopSync().engine().syncNow().get(60, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#products-sync-CANMAKE-MP-01")
                    .tryQuery().map(n -> ((Labeled) n).getText().equals("Confirmed")).orElse(false));
            List<Long> onPlatform = shop.shop().database().read(c -> {
                try (var ps = c.prepareStatement("SELECT stock FROM sku WHERE outer_id = 'CANMAKE-MP-01'")) {
                    try (var rs = ps.executeQuery()) {
                        return rs.next() ? List.of(rs.getLong(1)) : List.<Long>of();
                    }
                }
            });
            assertThat(onPlatform).containsExactly(12L);
        }
    }

    static final class Chinese extends ProductsScreenTest {
        @Override
        String language() {
            return "zh-CN";
        }

        @Start
        void start(Stage stage) {
            startWith(stage);
        }

        @Test
        void theScreenSpeaksChineseAndFindsTwoCharacterWords(FxRobot robot) throws Exception {
            openProductsAfterFirstSync(robot);
            assertThat(table(robot).getColumns().get(1).getText()).isEqualTo("商品");
            assertThat(robot.lookup("#products-bulk-edit").queryAs(Button.class).getText()).isEqualTo("修改库存和价格…");

            search(robot, "精华");
            assertThat(table(robot).getItems()).isNotEmpty().allMatch(r -> r.productName().contains("精华"));
            assertThat(text(robot, "#products-summary")).endsWith("个规格");
            search(robot, "资生堂 红腰子");
            assertThat(table(robot).getItems()).allMatch(r -> r.productName().contains("Shiseido"));
        }
    }
}
