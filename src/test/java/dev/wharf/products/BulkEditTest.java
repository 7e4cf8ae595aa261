package dev.wharf.products;

import static dev.wharf.products.BulkEdit.Field.NEW_CUSTOMER_PRICE;
import static dev.wharf.products.BulkEdit.Field.PRICE;
import static dev.wharf.products.BulkEdit.Field.STOCK;
import static dev.wharf.products.BulkEdit.Field.VIP_PRICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkEditTest {

    static SkuRow sku(String outer, int stock, long priceFen) {
        return new SkuRow("p1", "资生堂 红腰子精华 50ml", "资生堂", "美妆", ProductStatus.ON_SALE,
                DeliveryType.DIRECT_MAIL, "s-" + outer, outer, "", priceFen, null, null, stock, 5, null, null,
                PendingState.NONE, null);
    }

    private final BulkEdit edit = new BulkEdit(List.of(sku("A", 10, 10_000), sku("B", 3, 25_050),
            sku("C", 0, 999)));

    @Test
    void setAdjustAndPercentChangeOnlyTheSelectedCells() {
        edit.set(STOCK, List.of(0, 2), 7);
        assertThat(List.of(edit.value(0, STOCK), edit.value(1, STOCK), edit.value(2, STOCK))).containsExactly(7L, 3L,
                7L);

        edit.adjust(STOCK, List.of(0, 1), -2);
        assertThat(List.of(edit.value(0, STOCK), edit.value(1, STOCK))).containsExactly(5L, 1L);

        edit.adjustPercent(PRICE, List.of(0, 1, 2), new BigDecimal("10"));
        // 100.00 → 110.00; 250.50 → 275.55; 9.99 → 10.989 → 10.99 (half-up to the fen)
        assertThat(List.of(edit.value(0, PRICE), edit.value(1, PRICE), edit.value(2, PRICE)))
                .containsExactly(11_000L, 27_555L, 1_099L);

        edit.adjustPercent(PRICE, List.of(0), new BigDecimal("-12.5"));
        assertThat(edit.value(0, PRICE)).isEqualTo(9_625L);
    }

    @Test
    void fillDownCopiesTheFirstSelectedRowInGridOrder() {
        edit.set(VIP_PRICE, List.of(1), 20_000);
        edit.fillDown(VIP_PRICE, List.of(2, 1, 0));
        // the first selected row in grid order is row 0 (VIP 0), not the first clicked
        assertThat(edit.value(1, VIP_PRICE)).isZero();

        edit.fillDown(STOCK, List.of(1, 2));
        assertThat(edit.value(2, STOCK)).isEqualTo(3);
        assertThat(edit.value(0, STOCK)).as("not selected").isEqualTo(10);
    }

    @Test
    void undoAndRedoWalkTheStepsBackAndForth() {
        edit.set(STOCK, List.of(0), 1);
        edit.adjust(STOCK, List.of(0, 1), 4);
        edit.fillDown(PRICE, List.of(0, 1, 2));
        assertThat(edit.changes()).hasSize(3);

        edit.undo();
        assertThat(edit.value(2, PRICE)).isEqualTo(999);
        edit.undo();
        assertThat(List.of(edit.value(0, STOCK), edit.value(1, STOCK))).containsExactly(1L, 3L);
        edit.redo();
        assertThat(List.of(edit.value(0, STOCK), edit.value(1, STOCK))).containsExactly(5L, 7L);
        edit.undo();
        edit.undo();
        assertThat(edit.canUndo()).isFalse();
        assertThat(edit.changes()).as("back where it started").isEmpty();
        assertThat(edit.canRedo()).isTrue();

        edit.redo();
        edit.set(STOCK, List.of(2), 9);
        assertThat(edit.canRedo()).as("a new step drops what was undone").isFalse();
    }

    @Test
    void cellsBreakingARuleAreNamedAndTheEditIsInvalid() {
        assertThat(edit.valid()).isTrue();
        edit.adjust(STOCK, List.of(2), -1);
        assertThat(edit.problem(2, STOCK)).contains("products.invalid.stock");
        edit.set(PRICE, List.of(1), 0);
        assertThat(edit.problem(1, PRICE)).contains("products.invalid.price");
        edit.set(NEW_CUSTOMER_PRICE, List.of(0), -1);
        assertThat(edit.problem(0, NEW_CUSTOMER_PRICE)).contains("products.invalid.otherPrice");
        assertThat(edit.problem(0, PRICE)).isEmpty();
        assertThat(edit.valid()).isFalse();
        edit.undo();
        edit.undo();
        edit.undo();
        assertThat(edit.valid()).isTrue();
    }

    @Test
    void changesCarryOnlyWhatChangedPerSku() {
        edit.set(STOCK, List.of(0), 11);
        edit.set(VIP_PRICE, List.of(1), 24_000);
        assertThat(edit.changes()).containsExactly(
                new BulkEdit.Change("A", 11, null),
                new BulkEdit.Change("B", null, new BulkEdit.Prices(25_050, 24_000, 0)));
    }

    @Test
    void rowsOutsideTheGridAreRefused() {
        assertThatThrownBy(() -> edit.set(STOCK, List.of(3), 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(edit.canUndo()).isFalse();
    }
}
