package dev.wharf.spreadsheet.ui;

import dev.wharf.spreadsheet.ColumnMap;
import dev.wharf.spreadsheet.SheetField;
import dev.wharf.spreadsheet.SheetRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * The mapping step of an import wizard: one drop-down per field listing the header row's columns ("C  物流单号"),
 * preset to the detected mapping; {@link #chosen()} is the mapping as the user left it.
 *
 * @param <F> the feature's fields
 */
public final class MappingGrid<F extends SheetField> {
    private final GridPane grid;
    private final String notInFile;
    private final String idPrefix;
    private final Function<F, String> label;
    private final Map<F, ComboBox<String>> choices = new LinkedHashMap<>();
    private ColumnMap<F> detected;

    /**
     * @param notInFile the first choice of every drop-down: the field is not read
     * @param idPrefix  each drop-down's id is this plus the field's id (tests look them up)
     */
    public MappingGrid(GridPane grid, String notInFile, String idPrefix, Function<F, String> label) {
        this.grid = grid;
        this.notInFile = notInFile;
        this.idPrefix = idPrefix;
        this.label = label;
    }

    /** Shows a drop-down for each of {@code fields}, preset to {@code m}. */
    public void show(ColumnMap<F> m, List<F> fields) {
        detected = m;
        grid.getChildren().clear();
        choices.clear();
        List<String> options = new ArrayList<>();
        options.add(notInFile);
        for (int c = 0; c < m.headers().size(); c++) {
            options.add(SheetRow.columnName(c) + "  " + m.headers().get(c));
        }
        int line = 0;
        for (F f : fields) {
            ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(options));
            box.setId(idPrefix + f.id());
            box.getSelectionModel().select(m.column(f).map(c -> c + 1).orElse(0));
            choices.put(f, box);
            grid.addRow(line++, new Label(label.apply(f)), box);
        }
    }

    /** The mapping as the drop-downs show it now (fields not offered keep their detected column). */
    public ColumnMap<F> chosen() {
        ColumnMap<F> m = detected;
        for (Map.Entry<F, ComboBox<String>> e : choices.entrySet()) {
            int i = e.getValue().getSelectionModel().getSelectedIndex();
            m = m.with(e.getKey(), i <= 0 ? null : i - 1);
        }
        return m;
    }

    /** Whether the user changed a column (then the mapping is remembered for this header layout). */
    public boolean adjusted() {
        return !chosen().columns().equals(detected.columns());
    }
}
