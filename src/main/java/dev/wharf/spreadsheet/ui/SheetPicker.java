package dev.wharf.spreadsheet.ui;

import dev.wharf.spreadsheet.WorkbookReader;
import dev.wharf.spreadsheet.Workbooks;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;

/**
 * The sheet step of an import wizard: the workbook's sheets in a drop-down, shown only when there are several; the
 * first is chosen at once, and choosing another one runs the next step (detecting its columns) again.
 */
public final class SheetPicker {
    private final Node box;
    private final ComboBox<String> choice;
    private final IntConsumer onChosen;

    /** @param onChosen runs with the chosen sheet (0-based) on the FX thread */
    public SheetPicker(Node box, ComboBox<String> choice, IntConsumer onChosen) {
        this.box = box;
        this.choice = choice;
        this.onChosen = onChosen;
        choice.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0 && !choice.isDisabled()) {
                onChosen.accept(b.intValue());
            }
        });
        Parts.show(box, false);
    }

    /** The sheet names of a file (blocks: call on a worker). */
    public static List<String> sheetNames(Path file) {
        try (WorkbookReader r = Workbooks.open(file)) {
            return r.sheetNames();
        }
    }

    /** Lists a workbook's sheets and chooses the first. */
    public void show(List<String> sheets) {
        choice.setDisable(true);
        choice.setItems(FXCollections.observableArrayList(sheets));
        choice.getSelectionModel().select(0);
        choice.setDisable(false);
        Parts.show(box, sheets.size() > 1);
        onChosen.accept(0);
    }

    /** The chosen sheet, 0-based. */
    public int selected() {
        return Math.max(0, choice.getSelectionModel().getSelectedIndex());
    }
}
