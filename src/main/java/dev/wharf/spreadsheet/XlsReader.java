package dev.wharf.spreadsheet;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The old binary .xls format (at most 65,536 rows a sheet, so it is read whole). */
final class XlsReader implements WorkbookReader {
    private final String fileName;
    private final HSSFWorkbook workbook;
    private final int maxRows;

    XlsReader(Path file, int maxRows) {
        this.fileName = file.getFileName().toString();
        this.maxRows = maxRows;
        try {
            POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
            this.workbook = new HSSFWorkbook(fs.getRoot(), true);
        } catch (Exception e) {
            throw Workbooks.unreadable(fileName, e);
        }
    }

    @Override
    public List<String> sheetNames() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            out.add(workbook.getSheetName(i));
        }
        return out;
    }

    @Override
    public void read(int index, RowSink sink, Progress progress) {
        if (index < 0 || index >= workbook.getNumberOfSheets()) {
            throw new SheetFileException(fileName + " has no sheet " + (index + 1) + ".");
        }
        Sheet sheet = workbook.getSheetAt(index);
        int rows = 0;
        for (Row r : sheet) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, r.getLastCellNum()); c++) {
                cells.add(cell(r.getCell(c)));
            }
            SheetRow row = new SheetRow(r.getRowNum() + 1, cells);
            if (row.isBlank()) {
                continue;
            }
            if (++rows > maxRows) {
                throw new SheetFileException(Workbooks.tooManyRows(fileName, maxRows));
            }
            if (rows % 1000 == 0) {
                progress.checkCancelled();
                progress.progress(rows, sheet.getPhysicalNumberOfRows());
            }
            sink.row(row);
        }
    }

    private static Cell cell(org.apache.poi.ss.usermodel.Cell c) {
        if (c == null) {
            return Cell.EMPTY;
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case NUMERIC -> Cell.number(BigDecimal.valueOf(c.getNumericCellValue()).toPlainString());
            case STRING -> Cell.text(c.getRichStringCellValue().getString());
            case BOOLEAN -> Cell.text(c.getBooleanCellValue() ? "TRUE" : "FALSE");
            default -> Cell.EMPTY;
        };
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (java.io.IOException e) {
            // read-only: nothing to lose
        }
    }
}
