package dev.wharf.shipping;

import dev.wharf.spreadsheet.Progress;
import dev.wharf.spreadsheet.SheetFileException;
import dev.wharf.spreadsheet.SheetRow;
import dev.wharf.spreadsheet.WorkbookReader;
import dev.wharf.spreadsheet.Workbooks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Zip bombs, XXE, oversized and encrypted workbooks, generated here, are refused with a clear message. */
class MaliciousFilesTest {
    @TempDir
    Path dir;

    static void readAll(Path file) {
        List<SheetRow> rows = new ArrayList<>();
        try (WorkbookReader r = Workbooks.open(file)) {
            r.read(0, rows::add, Progress.NONE);
        }
    }

    /** A genuine workbook with its sheet part replaced by {@code sheet}. */
    Path withSheet(String name, Sheet sheet) throws Exception {
        Path plain = Sheets.xlsx(dir.resolve("plain.xlsx"), new Object[] {"订单号", "物流单号"}, new Object[] {"1", "A"});
        Path out = dir.resolve(name);
        try (ZipFile in = new ZipFile(plain.toFile()); ZipOutputStream zip = new ZipOutputStream(
                Files.newOutputStream(out))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet.write(zip);
                } else {
                    try (InputStream is = in.getInputStream(e)) {
                        is.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        }
        return out;
    }

    interface Sheet {
        void write(OutputStream out) throws Exception;
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Path bomb = withSheet("bomb.xlsx", out -> {
            out.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                    + "2006/main\"><sheetData>").getBytes(StandardCharsets.UTF_8));
            byte[] blank = new byte[1 << 20];
            java.util.Arrays.fill(blank, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                out.write(blank);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        assertThatThrownBy(() -> readAll(bomb)).isInstanceOf(SheetFileException.class)
                .hasMessageContaining("bomb.xlsx was refused").hasMessageContaining("zip bomb");
    }

    @Test
    void externalEntitiesAreRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path xxe = withSheet("xxe.xlsx", out -> out.write(("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData>"
                + "</worksheet>").getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> readAll(xxe)).isInstanceOf(SheetFileException.class)
                .hasMessageContaining("xxe.xlsx was refused").hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void oversizedFilesAndTooManyRowsAreRefused() throws Exception {
        Path f = Sheets.xlsx(dir.resolve("big.xlsx"), new Object[] {"订单号"}, new Object[] {"1"}, new Object[] {"2"});
        assertThatThrownBy(() -> Workbooks.open(f, 1000, 10)).isInstanceOf(SheetFileException.class)
                .hasMessageContaining("are refused").hasMessageContaining("Split it");
        assertThatThrownBy(() -> {
            try (WorkbookReader r = Workbooks.open(f, Long.MAX_VALUE, 2)) {
                r.read(0, row -> { }, Progress.NONE);
            }
        }).isInstanceOf(SheetFileException.class).hasMessageContaining("more than 2 rows");
    }

    @Test
    void anEncryptedXlsxIsRefused() throws Exception {
        Path plain = Sheets.xlsx(dir.resolve("p.xlsx"), new Object[] {"订单号"}, new Object[] {"1"});
        Path enc = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor e = info.getEncryptor();
            e.confirmPassword("secret");
            try (OutputStream os = e.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(enc)) {
                fs.writeFilesystem(out);
            }
        }
        assertThatThrownBy(() -> readAll(enc)).isInstanceOf(SheetFileException.class)
                .hasMessageContaining("protected with a password");
    }

    @Test
    void anEncryptedXlsIsRefused() throws Exception {
        Path enc = dir.resolve("locked.xls");
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(enc)) {
            wb.createSheet("s").createRow(0).createCell(0).setCellValue("订单号");
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertThatThrownBy(() -> readAll(enc)).isInstanceOf(SheetFileException.class)
                .hasMessageContaining("protected with a password");
    }

    @Test
    void aFileNamedXlsxThatIsNotAWorkbook() throws Exception {
        Path f = Files.writeString(dir.resolve("fake.xlsx"), "<html>not a workbook</html>");
        assertThatThrownBy(() -> readAll(f)).isInstanceOf(SheetFileException.class)
                .hasMessageContaining("not an Excel workbook");
    }
}
