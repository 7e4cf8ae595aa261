package dev.wharf.shipping;

import dev.wharf.shipping.ImportLog.AppliedRow;
import dev.wharf.spreadsheet.HeaderScan;
import dev.wharf.spreadsheet.Progress;
import dev.wharf.spreadsheet.SheetFileException;
import dev.wharf.spreadsheet.WorkbookReader;
import dev.wharf.sync.outbox.LocalCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Bulk shipping from a spreadsheet: find the header and the columns, validate every row (dry run), then apply the
 * valid rows in one local transaction with their outbox deliver commands ({@link LocalCommands#deliverOrders}; the
 * rows of one order become one deliver with all its numbers), and follow what the platform answers. Blocks on files and the database: call off the JavaFX thread.
 */
public final class ShipmentImporter {
    private final ShippingFacts facts;
    private final LocalCommands commands;
    private final MappingMemory memory;
    private final ImportLog log;

    public ShipmentImporter(ShippingFacts facts, LocalCommands commands, MappingMemory memory, ImportLog log) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.commands = Objects.requireNonNull(commands, "commands");
        this.memory = Objects.requireNonNull(memory, "memory");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * The header row and its columns: among the first 30 rows, one whose layout has a remembered mapping, else the
     * first row naming the most fields by synonyms (at least two), else the first row with nothing mapped (the
     * user maps it by hand).
     */
    public ColumnMapping detect(WorkbookReader reader, int sheet, String fileName) {
        return ColumnMapping.of(HeaderScan.detect(reader, sheet, fileName, Field.values(), memory::find));
    }

    /** Remembers a mapping the user adjusted, for the next file with the same header layout. */
    public void remember(ColumnMapping mapping) {
        memory.remember(mapping.layoutKey(), mapping.columns());
    }

    /** The dry run: reads every row after the header and validates it. Nothing is written. */
    public ImportPreview preview(WorkbookReader reader, String fileName, int sheet, ColumnMapping mapping, Leg leg,
                                 Progress progress) {
        List<Field> missing = mapping.missing();
        if (!missing.isEmpty()) {
            throw new SheetFileException(fileName + ": no column for " + String.join(", ", missing.stream()
                    .map(Field::id).toList()) + " in the header row " + mapping.headerRow() + " ("
                    + String.join(", ", mapping.headers()) + "). Name the columns 订单号, 物流公司编号 (or 物流公司) and "
                    + "物流单号, or map them by hand (--mapping).");
        }
        RowParser parser = new RowParser(fileName, mapping, new Carriers(facts.companies()));
        List<RowResult> rows = new ArrayList<>();
        reader.read(sheet, row -> {
            if (row.number() > mapping.headerRow()) {
                rows.add(parser.parse(row));
            }
        }, progress);
        parser.doneReading();
        progress.checkCancelled();
        List<RowResult> checked = new Validator(parser, mapping, leg).validate(rows, facts, progress);
        return new ImportPreview(fileName, sheet, mapping, leg, checked, parser.parcelOrders());
    }

    /**
     * Applies a dry run: when every row is valid (or with {@code validOnly}, the valid rows), all of them in one local
     * transaction with their outbox deliver commands. With invalid rows and not {@code validOnly}, nothing.
     * If the shop changed since the dry run so that a row no longer fits, nothing is applied and the
     * {@link IllegalArgumentException} says which order.
     */
    public Applied apply(ImportPreview preview, boolean validOnly) {
        long invalid = preview.invalidCount();
        if (invalid > 0 && !validOnly) {
            return new Applied(0, List.of(), invalid);
        }
        List<RowResult> valid = preview.rows().stream().filter(RowResult::valid).toList();
        if (valid.isEmpty()) {
            return new Applied(0, List.of(), invalid);
        }
        List<AppliedRow> applied = Deliveries.apply(commands, valid, preview.parcelOrders(), preview.leg());
        long id = log.record(preview.fileName(), preview.leg(), preview.rows().size(), applied);
        return new Applied(id, applied, invalid);
    }

    /** The most recent import, if any. */
    public Optional<Long> latestImport() {
        return log.latest();
    }

    /** What the platform answered so far for each applied row of an import. */
    public List<ImportLog.ResultRow> results(long importId) {
        return log.results(importId);
    }

    /** A mapping from a file of {@code field=header name or column letter} lines (CLI {@code --mapping}). */
    public static ColumnMapping withOverrides(ColumnMapping detected, Map<String, String> lines) {
        return ColumnMapping.of(detected.generic().withOverrides(lines, Field.values()));
    }

    /**
     * @param importId  the recorded import (0 when nothing was applied)
     * @param rows      the rows applied
     * @param rejected  rows refused by validation
     */
    public record Applied(long importId, List<AppliedRow> rows, long rejected) {
        public boolean nothingApplied() {
            return rows.isEmpty();
        }
    }
}
