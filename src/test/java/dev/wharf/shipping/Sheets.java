package dev.wharf.shipping;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test files: rows of cells; a cell given as a {@link Double} is written as a number cell. */
public final class Sheets {
    private Sheets() {
    }

    public static Path xlsx(Path file, Object[]... rows) throws IOException {
        return workbook(new XSSFWorkbook(), file, rows);
    }

    public static Path xls(Path file, Object[]... rows) throws IOException {
        return workbook(new HSSFWorkbook(), file, rows);
    }

    private static Path workbook(Workbook wb, Path file, Object[]... rows) throws IOException {
        try (wb) {
            Sheet s = wb.createSheet("发货");
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    Object v = rows[i][j];
                    if (v instanceof Double d) {
                        r.createCell(j).setCellValue(d);
                    } else if (v != null) {
                        r.createCell(j).setCellValue(v.toString());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    public static Path csv(Path file, Charset cs, boolean bom, String... lines) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(String.join("\r\n", lines).concat("\r\n").getBytes(cs));
        }
        return file;
    }
}
