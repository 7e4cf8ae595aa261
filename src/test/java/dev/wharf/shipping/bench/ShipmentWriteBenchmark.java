package dev.wharf.shipping.bench;

import dev.wharf.shipping.ShipmentExporter;
import dev.wharf.spreadsheet.XlsxWriter;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writing the export template with N rows, side by side in one JVM, interleaved: Wharf's {@link XlsxWriter}, dhatim
 * fastexcel (the fastest raw xlsx writer measured here) and POI SXSSF. Same cells (the template's 12 columns:
 * 12-digit order ids, Chinese receivers and addresses, items). Prints each round and the medians and ratios.
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dmain.class=dev.wharf.shipping.bench.ShipmentWriteBenchmark -Dexec.args="100000 5"</pre>
 */
public final class ShipmentWriteBenchmark {
    private ShipmentWriteBenchmark() {
    }

    static List<String> row(int i) {
        return List.of(Integer.toString(i + 1), Long.toString(130_000_000_000L + i * 7L), "", "",
                "张" + (char) ('三' + i % 50) + i % 1000, "浙江省 杭州市西湖区文三路 " + i % 997 + " 号 " + i % 31 + " 室",
                "138" + String.format(Locale.ROOT, "%08d", i), "面霜 Cream (规格: 50ml) ×" + (1 + i % 3)
                        + (i % 4 == 0 ? "; 口红 Lipstick (颜色: 红色) ×1" : ""),
                i % 5 == 0 ? "拼邮 consolidated" : "直邮 direct mail", "国际段 international",
                i % 9 == 0 ? "请尽快发货" : "", "T" + (900_000 + i / 2));
    }

    static long wharf(Path f, int n) throws Exception {
        long t = System.nanoTime();
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16);
             XlsxWriter w = new XlsxWriter(os, "shipments", 12, ShipmentExporter.EDITABLE, true)) {
            w.header(ShipmentExporter.HEADERS);
            for (int i = 0; i < n; i++) {
                w.row(row(i));
            }
        }
        return System.nanoTime() - t;
    }

    static long dhatim(Path f, int n) throws Exception {
        long t = System.nanoTime();
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(f), 1 << 16)) {
            Workbook wb = new Workbook(os, "bench", "1.0");
            Worksheet ws = wb.newWorksheet("shipments");
            for (int c = 0; c < 12; c++) {
                ws.value(0, c, ShipmentExporter.HEADERS.get(c));
            }
            for (int i = 0; i < n; i++) {
                List<String> r = row(i);
                for (int c = 0; c < r.size(); c++) {
                    if (!r.get(c).isEmpty()) {
                        ws.value(i + 1, c, r.get(c));
                    }
                }
                if (i % 1000 == 0) {
                    ws.flush();
                }
            }
            wb.finish();
        }
        return System.nanoTime() - t;
    }

    static long sxssf(Path f, int n) throws Exception {
        long t = System.nanoTime();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream os = new BufferedOutputStream(
                Files.newOutputStream(f), 1 << 16)) {
            Sheet s = wb.createSheet("shipments");
            Row h = s.createRow(0);
            for (int c = 0; c < 12; c++) {
                h.createCell(c).setCellValue(ShipmentExporter.HEADERS.get(c));
            }
            for (int i = 0; i < n; i++) {
                Row r = s.createRow(i + 1);
                List<String> v = row(i);
                for (int c = 0; c < v.size(); c++) {
                    if (!v.get(c).isEmpty()) {
                        r.createCell(c).setCellValue(v.get(c));
                    }
                }
            }
            wb.write(os);
            wb.dispose();
        }
        return System.nanoTime() - t;
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("wharf-write-bench");
        System.out.printf(Locale.ROOT, "warm-up (%d rows each)%n", n / 10);
        for (int i = 0; i < 2; i++) {
            wharf(dir.resolve("w.xlsx"), n / 10);
            dhatim(dir.resolve("d.xlsx"), n / 10);
            sxssf(dir.resolve("s.xlsx"), n / 10);
        }
        List<Long> w = new ArrayList<>();
        List<Long> d = new ArrayList<>();
        List<Long> s = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            w.add(wharf(dir.resolve("w.xlsx"), n));
            d.add(dhatim(dir.resolve("d.xlsx"), n));
            s.add(sxssf(dir.resolve("s.xlsx"), n));
            System.out.printf(Locale.ROOT, "round %d: wharf %.2f s, dhatim %.2f s, sxssf %.2f s%n", i + 1,
                    w.get(i) / 1e9, d.get(i) / 1e9, s.get(i) / 1e9);
        }
        double mw = median(w);
        double md = median(d);
        double ms = median(s);
        System.out.printf(Locale.ROOT, "%d rows, median of %d: wharf XlsxWriter %.2f s (%.1f MB), dhatim %.2f s "
                + "(%.1f MB), POI SXSSF %.2f s (%.1f MB); wharf/dhatim %.2f, sxssf/dhatim %.2f%n", n, rounds, mw,
                mb(dir.resolve("w.xlsx")), md, mb(dir.resolve("d.xlsx")), ms, mb(dir.resolve("s.xlsx")), mw / md,
                ms / md);
    }

    private static double mb(Path f) throws Exception {
        return Files.size(f) / (1024.0 * 1024.0);
    }

    private static double median(List<Long> xs) {
        long[] a = xs.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a[a.length / 2] / 1e9;
    }
}
