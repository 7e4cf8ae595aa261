package dev.wharf.products.sheets;

import dev.wharf.products.Money;
import dev.wharf.spreadsheet.ColumnMap;
import dev.wharf.spreadsheet.HeaderScan;
import dev.wharf.spreadsheet.LayoutMemory;
import dev.wharf.spreadsheet.Progress;
import dev.wharf.spreadsheet.ReportWriter;
import dev.wharf.spreadsheet.SheetFileException;
import dev.wharf.spreadsheet.WorkbookReader;
import dev.wharf.sync.outbox.LocalCommands.SkuUpdate;
import dev.wharf.sync.outbox.LocalCommands;
import dev.wharf.sync.outbox.OutboxEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Stock and prices from a spreadsheet, by outer SKU id (decision 0013): find the header and the columns, validate
 * every row against the shop (dry run), apply the changed rows in ONE local transaction with their outbox commands
 * ({@link LocalCommands#updateSkus}; the outbox sends ≤ 100 SKUs per platform call), follow the platform's answers,
 * and write the error report. Blocks on files and the database: call off the JavaFX thread.
 */
public final class StockImporter {
    private static final int CHUNK = 500;

    private final StockSheets shop;
    private final LocalCommands commands;
    private final LayoutMemory memory;

    public StockImporter(StockSheets shop, LocalCommands commands, LayoutMemory memory) {
        this.shop = Objects.requireNonNull(shop, "shop");
        this.commands = Objects.requireNonNull(commands, "commands");
        this.memory = Objects.requireNonNull(memory, "memory");
    }

    /** The header row and its columns ({@link HeaderScan}): remembered layouts first, then synonyms. */
    public ColumnMap<StockField> detect(WorkbookReader reader, int sheet, String fileName) {
        return HeaderScan.detect(reader, sheet, fileName, StockField.values(),
                key -> memory.find(key).map(byId -> ColumnMap.ofIds(byId, StockField.values())));
    }

    /** Remembers a mapping the user adjusted, for the next file with the same header layout. */
    public void remember(ColumnMap<StockField> mapping) {
        memory.remember(mapping.layoutKey(), mapping.byId());
    }

    /** What an import cannot do without: the outer SKU id and at least one of stock and the prices. */
    public static List<StockField> missing(ColumnMap<StockField> mapping) {
        List<StockField> out = new ArrayList<>();
        if (!mapping.columns().containsKey(StockField.OUTER_ID)) {
            out.add(StockField.OUTER_ID);
        }
        if (StockField.values(false).stream().noneMatch(mapping.columns()::containsKey)) {
            out.add(StockField.STOCK);
        }
        return out;
    }

    /** A mapping file's lines ({@code field=header or column letter}) over the detected mapping. */
    public static ColumnMap<StockField> withOverrides(ColumnMap<StockField> detected, Map<String, String> lines) {
        return detected.withOverrides(lines, StockField.values());
    }

    /** The dry run: reads every row after the header and validates it. Nothing is written. */
    public StockPreview preview(WorkbookReader reader, String fileName, int sheet, ColumnMap<StockField> mapping,
                                Progress progress) {
        if (!missing(mapping).isEmpty()) {
            throw new SheetFileException(fileName + ": no column for " + String.join(" and ", missing(mapping)
                    .stream().map(StockField::id).toList()) + " in the header row " + mapping.headerRow() + " ("
                    + String.join(", ", mapping.headers()) + "). Name the columns 商家编码 and 库存 (and/or 价格, "
                    + "VIP价, 新客价), or map them by hand (--mapping).");
        }
        StockRowParser parser = new StockRowParser(fileName, mapping);
        List<StockRow> rows = new ArrayList<>();
        reader.read(sheet, row -> {
            if (row.number() > mapping.headerRow()) {
                rows.add(parser.parse(row));
            }
        }, progress);
        progress.checkCancelled();
        List<StockRow> checked = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += CHUNK) {
            progress.checkCancelled();
            List<StockRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Map<String, SkuValues> known = shop.current(chunk.stream().filter(StockRow::valid)
                    .map(StockRow::outerSkuId).toList());
            int idCol = mapping.columns().get(StockField.OUTER_ID);
            for (StockRow r : chunk) {
                SkuValues v = known.get(r.outerSkuId());
                if (!r.valid()) {
                    checked.add(r);
                } else if (v == null) {
                    checked.add(r.refused(StockProblem.UNKNOWN_SKU, parser.at(r.row(), idCol, StockField.OUTER_ID)
                            + "no SKU of the shop has the outer id \"" + r.outerSkuId() + "\". Check it against the "
                            + "products list (商家编码), or sync first if the SKU was added on the platform."));
                } else {
                    checked.add(r.known(v));
                }
            }
        }
        return new StockPreview(fileName, sheet, mapping, checked);
    }

    /**
     * Applies a dry run: when every row is valid (or with {@code validOnly}, the valid rows), the changed ones in one
     * local transaction with their outbox commands. With invalid rows and not {@code validOnly}, nothing. If the shop
     * changed since the dry run so that a row no longer fits, nothing is applied and the
     * {@link IllegalArgumentException} says which SKU.
     */
    public Applied apply(StockPreview preview, boolean validOnly) {
        long invalid = preview.invalidCount();
        if (invalid > 0 && !validOnly) {
            return new Applied(List.of(), invalid);
        }
        List<StockRow> changed = preview.rows().stream().filter(r -> r.status() == StockRow.Status.CHANGED)
                .toList();
        if (changed.isEmpty()) {
            return new Applied(List.of(), invalid);
        }
        List<SkuUpdate> updates = new ArrayList<>(changed.size());
        for (StockRow r : changed) {
            boolean price = r.changesPrice();
            updates.add(new SkuUpdate(r.outerSkuId(), r.changesStock() ? r.stock() : null,
                    price && r.priceFen() != null ? Money.yuan(r.priceFen()) : null,
                    price && r.vipPriceFen() != null ? Money.yuan(r.vipPriceFen()) : null,
                    price && r.newCustomerPriceFen() != null ? Money.yuan(r.newCustomerPriceFen()) : null));
        }
        List<List<Long>> ids = commands.updateSkus(updates);
        List<AppliedRow> applied = new ArrayList<>(changed.size());
        for (int i = 0; i < changed.size(); i++) {
            applied.add(new AppliedRow(changed.get(i).row(), changed.get(i).outerSkuId(), ids.get(i)));
        }
        return new Applied(applied, invalid);
    }

    /** What the platform answered so far for each applied row (a row's stock and price answers combined). */
    public List<SkuResult> results(List<AppliedRow> applied) {
        List<Long> ids = new ArrayList<>();
        applied.forEach(a -> ids.addAll(a.outboxIds()));
        Map<Long, StockSheets.Answer> answers = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            answers.putAll(shop.answers(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
        }
        List<SkuResult> out = new ArrayList<>(applied.size());
        for (AppliedRow a : applied) {
            OutboxEntry.State state = OutboxEntry.State.DONE;
            String message = null;
            for (long id : a.outboxIds()) {
                StockSheets.Answer answer = answers.get(id);
                OutboxEntry.State s = answer == null ? OutboxEntry.State.DISCARDED : answer.state();
                if (rank(s) > rank(state)) {
                    state = s;
                    message = answer == null ? null : answer.message();
                }
            }
            out.add(new SkuResult(a.row(), a.outerSkuId(), state, message));
        }
        return out;
    }

    /** Refused beats waiting beats confirmed. */
    private static int rank(OutboxEntry.State s) {
        return switch (s) {
            case DONE -> 0;
            case PENDING, SENDING -> 1;
            default -> 2;
        };
    }

    /**
     * The error report: the file's rows as read plus status and message (every row, or with {@code onlyInvalid} the
     * refused ones after the valid ones were applied); the outer id column text-formatted. Imports again as it is.
     */
    public static int report(WorkbookReader reader, StockPreview preview, Path out, boolean onlyInvalid,
                             Progress progress) {
        Map<Integer, StockRow> byRow = new HashMap<>();
        preview.rows().forEach(r -> byRow.put(r.row(), r));
        List<Integer> editable = new ArrayList<>();
        preview.mapping().column(StockField.OUTER_ID).ifPresent(editable::add);
        return ReportWriter.write(reader, preview.sheet(), preview.mapping().headers(), n -> {
            StockRow r = byRow.get(n);
            return r == null ? null : new ReportWriter.Verdict(r.valid(), r.message());
        }, onlyInvalid, editable, ReportWriter.Cells.AS_READ, out, progress);
    }

    /** The English note of a valid row whose SKU has a change waiting in the outbox. */
    public static String waitingNote(StockPreview preview, StockRow r) {
        return preview.fileName() + ", row " + r.row() + ": SKU " + r.outerSkuId() + " has a change still waiting "
                + "to be sent; this row is newer and wins.";
    }

    /**
     * @param outboxIds the entries enqueued for the row (stock first, then prices)
     */
    public record AppliedRow(int row, String outerSkuId, List<Long> outboxIds) {
        public AppliedRow {
            outboxIds = List.copyOf(outboxIds);
        }
    }

    /**
     * @param rows     the rows applied (changed SKUs)
     * @param rejected rows refused by validation
     */
    public record Applied(List<AppliedRow> rows, long rejected) {
        public Applied {
            rows = List.copyOf(rows);
        }

        public boolean nothingApplied() {
            return rows.isEmpty();
        }
    }

    /**
     * @param state   refused (rejected or discarded) if any of the row's entries is, else waiting if any is, else done
     * @param message the platform's message for a refusal
     */
    public record SkuResult(int row, String outerSkuId, OutboxEntry.State state, String message) {
        public boolean failed() {
            return state == OutboxEntry.State.REJECTED || state == OutboxEntry.State.DISCARDED;
        }
    }
}
