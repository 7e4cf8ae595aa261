package dev.wharf.shipping.bench;

import com.alibaba.excel.EasyExcel;
import com.alibaba.excel.cache.MapCache;
import com.alibaba.excel.context.AnalysisContext;
import com.alibaba.excel.read.listener.ReadListener;
import dev.wharf.shipping.ColumnMapping;
import dev.wharf.shipping.ImportPreview;
import dev.wharf.shipping.Leg;
import dev.wharf.shipping.ShipmentImporter;
import dev.wharf.spreadsheet.Progress;
import dev.wharf.spreadsheet.WorkbookReader;
import dev.wharf.spreadsheet.Workbooks;
import dev.wharf.store.Database;
import dev.wharf.store.outbox.SqliteLocalCommands;
import dev.wharf.store.shipping.SqliteShipping;
import dev.wharf.sync.outbox.OutboxListener;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Importing N shipment rows (parse, validate, apply locally, enqueue) beside dhatim fastexcel-reader and EasyExcel
 * (with {@code readCache(new MapCache())}) merely reading the same file, each run in a fresh JVM with -Xmx256m,
 * interleaved (Wharf, dhatim, EasyExcel and the SQL floor in every round). The generator writes a workbook as Excel
 * would (shared strings, tracking numbers as text, Chinese receivers) and a shop database with N accepted, paid orders.
 * The floor is the single UPDATE that marks the N orders shipped, the least any import keeping the orders list's
 * indexes must do ({@link #floor}).
 *
 * <pre>./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt \
 *     -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/bench-cp.txt) \
 *     dev.wharf.shipping.bench.ShipmentImportBenchmark run target/ship-bench 100000 3</pre>
 */
public final class ShipmentImportBenchmark {
    private ShipmentImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        switch (args[0]) {
            case "generate" -> generate(dir, n);
            case "wharf" -> System.out.println("RESULT " + wharf(dir, n));
            case "dhatim" -> System.out.println("RESULT " + dhatim(dir, n));
            case "easyexcel" -> System.out.println("RESULT " + easyExcel(dir, n));
            case "floor" -> System.out.println("RESULT " + floor(dir, n));
            case "run" -> run(dir, n, args.length > 3 ? Integer.parseInt(args[3]) : 3);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static Path workbook(Path dir, int n) {
        return dir.resolve("shipments-" + n + ".xlsx");
    }

    static Path shop(Path dir, int n) {
        return dir.resolve("shop-" + n + ".db");
    }

    static String orderId(int i) {
        return Long.toString(130_000_000_000L + i);
    }

    static void generate(Path dir, int n) throws Exception {
        Files.createDirectories(dir);
        if (!Files.exists(workbook(dir, n))) {
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(workbook(dir, n)), 1 << 16)) {
                Workbook wb = new Workbook(os, "bench", "1.0");
                Worksheet ws = wb.newWorksheet("发货");
                String[] header = {"序号", "订单号", "物流公司编号", "物流单号", "收件人", "收件地址", "买家留言"};
                for (int c = 0; c < header.length; c++) {
                    ws.value(0, c, header[c]);
                }
                for (int i = 0; i < n; i++) {
                    int r = i + 1;
                    ws.value(r, 0, Integer.toString(r));
                    ws.value(r, 1, orderId(i));
                    ws.value(r, 2, i % 3 == 0 ? "Y068" : "Y073");
                    ws.value(r, 3, "SF" + (1_400_000_000_000L + i * 13L));
                    ws.value(r, 4, "张" + (char) ('三' + i % 50) + i);
                    ws.value(r, 5, "浙江省 杭州市西湖区文三路 " + i + " 号");
                    ws.value(r, 6, i % 9 == 0 ? "请尽快发货 " + i : "");
                    if (i % 1000 == 0) {
                        ws.flush();
                    }
                }
                wb.finish();
            }
        }
        if (!Files.exists(shop(dir, n))) {
            try (Database db = Database.open(shop(dir, n))) {
                db.write(c -> {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO logistics_company (company_code, "
                            + "short_name, company_name, synced_at) VALUES ('Y073', 'shunfeng', '顺丰速运（SF Express）', 0), "
                            + "('Y068', 'ems', '中国邮政EMS（EMS）', 0)")) {
                        ps.executeUpdate();
                    }
                    try (PreparedStatement o = c.prepareStatement("INSERT INTO orders (order_id, trade_id, status, "
                            + "amount_fen, payment_fen, ordered_at, paid_at, synced_at) VALUES (?, ?, 17, 100, 100, ?, ?, 0)");
                         PreparedStatement it = c.prepareStatement("INSERT INTO order_item (order_item_id, order_id, "
                                 + "product_title, delivery_type, price_fen, quantity, payment_fen) "
                                 + "VALUES (?, ?, 'x', 2, 100, 1, 100)")) {
                        for (int i = 0; i < n; i++) {
                            o.setString(1, orderId(i));
                            o.setString(2, "T" + i);
                            // paid, so each order has a shipping deadline that shipping clears (urgency changes)
                            o.setLong(3, 1_790_000_000_000L + i * 1_000L);
                            o.setLong(4, 1_790_000_000_000L + i * 1_000L + 60_000L);
                            o.addBatch();
                            it.setString(1, orderId(i) + "-1");
                            it.setString(2, orderId(i));
                            it.addBatch();
                        }
                        o.executeBatch();
                        it.executeBatch();
                    }
                    return null;
                });
            }
        }
        System.out.printf(Locale.ROOT, "%s: %.1f MB%n", workbook(dir, n), Files.size(workbook(dir, n)) / 1048576.0);
    }

    static String wharf(Path dir, int n) throws Exception {
        Path copy = dir.resolve("run-" + ProcessHandle.current().pid() + ".db");
        Files.copy(shop(dir, n), copy, StandardCopyOption.REPLACE_EXISTING);
        try (Database db = Database.open(copy)) {
            SqliteShipping store = new SqliteShipping(db, Clock.systemUTC());
            ShipmentImporter importer = new ShipmentImporter(store, new SqliteLocalCommands(db, Clock.systemUTC(),
                    OutboxListener.NONE), store, store);
            long t = System.nanoTime();
            long c0 = cpuNanos();
            long applied;
            try (WorkbookReader r = Workbooks.open(workbook(dir, n))) {
                String name = workbook(dir, n).getFileName().toString();
                ColumnMapping m = importer.detect(r, 0, name);
                long t1 = System.nanoTime();
                long c1 = cpuNanos();
                ImportPreview p = importer.preview(r, name, 0, m, Leg.INTERNATIONAL, Progress.NONE);
                long t2 = System.nanoTime();
                long c2 = cpuNanos();
                if (p.invalidCount() > 0) {
                    throw new IllegalStateException(p.invalid().get(0).message());
                }
                applied = importer.apply(p, false).rows().size();
                long t3 = System.nanoTime();
                long c3 = cpuNanos();
                System.out.printf(Locale.ROOT, "phases (wall / process cpu): detect %.2f / %.2f s, read+validate "
                        + "%.2f / %.2f s, apply %.2f / %.2f s, gc %.2f s%n", (t1 - t) / 1e9, (c1 - c0) / 1e9,
                        (t2 - t1) / 1e9, (c2 - c1) / 1e9, (t3 - t2) / 1e9, (c3 - c2) / 1e9, gcSeconds());
            }
            return result(t, c0, applied);
        } finally {
            deleteCopy(copy);
        }
    }

    static String dhatim(Path dir, int n) throws Exception {
        long t = System.nanoTime();
        long c0 = cpuNanos();
        long cells = 0;
        try (ReadableWorkbook wb = new ReadableWorkbook(workbook(dir, n).toFile());
             var rows = wb.getFirstSheet().openStream()) {
            for (Row r : (Iterable<Row>) rows::iterator) {
                for (int c = 0; c < r.getCellCount(); c++) {
                    if (r.getCellText(c) != null) {
                        cells++;
                    }
                }
            }
        }
        return result(t, c0, cells);
    }

    /**
     * EasyExcel configured for speed: its shared strings in a HashMap ({@code MapCache}) instead of the default disk
     * cache; no model class, every row as a map of cell texts, each touched like dhatim's.
     */
    static String easyExcel(Path dir, int n) throws Exception {
        long t = System.nanoTime();
        long c0 = cpuNanos();
        long[] cells = new long[1];
        EasyExcel.read(workbook(dir, n).toFile(), new ReadListener<Map<Integer, String>>() {
            @Override
            public void invoke(Map<Integer, String> row, AnalysisContext context) {
                for (String v : row.values()) {
                    if (v != null) {
                        cells[0]++;
                    }
                }
            }

            @Override
            public void doAfterAllAnalysed(AnalysisContext context) {
            }
        }).readCache(new MapCache()).headRowNumber(0).sheet(0).doRead();
        return result(t, c0, cells[0]);
    }

    /**
     * A lower bound for any import that keeps the orders list's indexes, not an import: on a copy of the shop, one
     * set-based UPDATE marks every order shipped (status, shipped time, deadline and sort key — the columns the list's
     * indexes hold) and commits. No file, no trigger (dropped first), no deliveries, no outbox; the order ids are staged
     * in a temporary table before the clock starts.
     */
    static String floor(Path dir, int n) throws Exception {
        Path copy = dir.resolve("floor-" + ProcessHandle.current().pid() + ".db");
        Files.copy(shop(dir, n), copy, StandardCopyOption.REPLACE_EXISTING);
        try (Database db = Database.open(copy)) {
            db.write(c -> {
                try (var st = c.createStatement()) {
                    st.execute("DROP TRIGGER orders_derive_update");
                    st.execute("CREATE TEMP TABLE ids (order_id TEXT NOT NULL)");
                    st.execute("INSERT INTO ids SELECT order_id FROM orders");
                }
                return null;
            });
            long t = System.nanoTime();
            long c0 = cpuNanos();
            int updated = db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE orders SET status = 3, shipped_at = ?, "
                        + "due_at = NULL, urgency = 9000000000000000 - ordered_at FROM ids "
                        + "WHERE orders.order_id = ids.order_id")) {
                    ps.setLong(1, System.currentTimeMillis());
                    return ps.executeUpdate();
                }
            });
            return result(t, c0, updated);
        } finally {
            deleteCopy(copy);
        }
    }

    /** The child's RESULT line: wall seconds since {@code t}, items, peak heap MB, CPU seconds since {@code c0}. */
    private static String result(long t, long c0, long items) {
        long ns = System.nanoTime() - t;
        return String.format(Locale.ROOT, "%.3f %d %d %.3f", ns / 1e9, items, peakHeapMb(), (cpuNanos() - c0) / 1e9);
    }

    private static void deleteCopy(Path copy) throws java.io.IOException {
        Files.deleteIfExists(copy);
        Files.deleteIfExists(Path.of(copy + "-wal"));
        Files.deleteIfExists(Path.of(copy + "-shm"));
    }

    /** CPU time of the whole process (every thread, JIT and GC included). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double gcSeconds() {
        long ms = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += gc.getCollectionTime();
        }
        return ms / 1e3;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    static void run(Path dir, int n, int rounds) throws Exception {
        generate(dir, n);
        String[] modes = {"wharf", "dhatim", "easyexcel", "floor"};
        double[][] wall = new double[modes.length][rounds];
        double[][] cpu = new double[modes.length][rounds];
        for (int i = 0; i < rounds; i++) {
            for (int m = 0; m < modes.length; m++) {
                double[] r = child(modes[m], dir, n);
                wall[m][i] = r[0];
                cpu[m][i] = r[1];
            }
            System.out.printf(Locale.ROOT, "round %d: wharf/dhatim %.2f (cpu %.2f), wharf/easyexcel %.2f (cpu %.2f), "
                    + "floor/dhatim %.2f, floor/easyexcel %.2f%n", i + 1, wall[0][i] / wall[1][i],
                    cpu[0][i] / cpu[1][i], wall[0][i] / wall[2][i], cpu[0][i] / cpu[2][i], wall[3][i] / wall[1][i],
                    wall[3][i] / wall[2][i]);
        }
        double[] mw = new double[modes.length];
        double[] mc = new double[modes.length];
        for (int m = 0; m < modes.length; m++) {
            mw[m] = median(wall[m]);
            mc[m] = median(cpu[m]);
        }
        System.out.printf(Locale.ROOT, "%d rows, median of %d fresh JVMs at -Xmx256m (wall / process cpu): wharf import "
                + "%.2f / %.2f s, dhatim read %.2f / %.2f s, easyexcel (MapCache) read %.2f / %.2f s, floor (orders "
                + "update alone) %.2f / %.2f s; wharf/dhatim %.2f (target <= 2.5), wharf/easyexcel %.2f (target <= 1), "
                + "floor/dhatim %.2f, floor/easyexcel %.2f%n", n, rounds, mw[0], mc[0], mw[1], mc[1], mw[2], mc[2],
                mw[3], mc[3], mw[0] / mw[1], mw[0] / mw[2], mw[3] / mw[1], mw[3] / mw[2]);
    }

    /** One measurement in a fresh JVM: {wall seconds, process CPU seconds}. */
    private static double[] child(String mode, Path dir, int n) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ShipmentImportBenchmark.class.getName(), mode, dir.toString(), Integer.toString(n))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0 || !out.contains("RESULT ")) {
            throw new IllegalStateException(mode + " failed:\n" + out);
        }
        out.lines().filter(l -> l.startsWith("phases")).forEach(l -> System.out.println("  " + l));
        String[] r = out.substring(out.indexOf("RESULT ") + 7).strip().split(" ");
        System.out.printf(Locale.ROOT, "%s: %s s, cpu %s s (%s items, peak heap %s MB)%n", mode, r[0], r[3], r[1],
                r[2]);
        return new double[] {Double.parseDouble(r[0]), Double.parseDouble(r[3])};
    }

    private static double median(double[] xs) {
        double[] a = xs.clone();
        Arrays.sort(a);
        return a[a.length / 2];
    }
}
