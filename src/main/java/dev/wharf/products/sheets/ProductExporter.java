package dev.wharf.products.sheets;

import dev.wharf.products.Money;
import dev.wharf.products.SkuFilter;
import dev.wharf.products.SkuRow;
import dev.wharf.spreadsheet.FileOutput;
import dev.wharf.spreadsheet.Progress;
import dev.wharf.spreadsheet.SheetWriter;
import dev.wharf.spreadsheet.XlsxWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Every SKU (or those of a filter) with its stock and prices, as .xlsx (streamed: the outer SKU id text-formatted,
 * stock and prices as numbers, both editable; the helper columns locked) or as CSV in UTF-8 with a byte-order mark
 * (formula-like cells neutralised). Its headers are the import's synonyms, so the edited file imports as it is.
 * Written to a temporary file and moved into place (decision 0013).
 */
public final class ProductExporter {
    /** The editable columns first (as the import reads them), then the helpers. */
    public static final List<String> HEADERS = List.of("商家编码", "商品名称", "SKU属性", "库存", "价格", "VIP价", "新客价",
            "品牌", "商品ID", "状态");
    /** The outer SKU id: text-formatted. */
    static final List<Integer> TEXT_COLUMNS = List.of(0);
    /** Stock and the prices: numbers, editable. */
    static final List<Integer> NUMBER_COLUMNS = List.of(3, 4, 5, 6);

    /** .xlsx or CSV. */
    public enum Format {
        XLSX, CSV;

        /** CSV when the file is named .csv, else .xlsx. */
        public static Format of(Path file) {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : XLSX;
        }
    }

    private final StockSheets shop;

    public ProductExporter(StockSheets shop) {
        this.shop = Objects.requireNonNull(shop, "shop");
    }

    /** Writes the file; returns the number of SKUs. A failed or cancelled export leaves no file. */
    public long export(SkuFilter filter, Path out, Format format, Progress progress) {
        long total = shop.count(filter);
        long[] n = {0};
        FileOutput.write(out, os -> {
            try (SheetWriter w = format == Format.CSV ? SheetWriter.csv(os) : SheetWriter.xlsx(new XlsxWriter(os,
                    "库存价格 stock", HEADERS.size(), TEXT_COLUMNS, NUMBER_COLUMNS, true))) {
                w.header(HEADERS);
                shop.forEach(filter, r -> {
                    n[0]++;
                    if (n[0] % 1000 == 0) {
                        progress.checkCancelled();
                        progress.progress(n[0], total);
                    }
                    w.row(cells(r));
                });
            }
            progress.checkCancelled();
        }, "The export", "Choose another folder, or close the file if Excel has it open.");
        progress.progress(n[0], total);
        return n[0];
    }

    private static List<String> cells(SkuRow r) {
        return List.of(nz(r.outerSkuId()), nz(r.productName()), nz(r.properties()), Integer.toString(r.stock()),
                Money.format(r.priceFen()), optional(r.vipPriceFen()), optional(r.newCustomerPriceFen()),
                nz(r.brand()), nz(r.productId()), r.status() == null ? "" : r.status().code());
    }

    private static String optional(Long fen) {
        return fen == null || fen == 0 ? "" : Money.format(fen);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
