package dev.wharf.spreadsheet;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.xml.sax.SAXParseException;

/**
 * Opens a spreadsheet file by what it is (its first bytes, not only its name): .xlsx, .xls or CSV. Refuses, with a
 * message saying why and what to do, files that are too large, encrypted, zip bombs or carry XML entities.
 */
public final class Workbooks {
    /** Larger files are refused before anything is read. */
    public static final long DEFAULT_MAX_BYTES = 200L * 1024 * 1024;
    /** More data rows than this are refused. */
    public static final int DEFAULT_MAX_ROWS = 1_000_000;

    private Workbooks() {
    }

    public static WorkbookReader open(Path file) {
        return open(file, DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS);
    }

    public static WorkbookReader open(Path file, long maxBytes, int maxRows) {
        String name = file.getFileName().toString();
        FileMagic magic;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new SheetFileException(name + " is " + mb(size) + "; files over " + mb(maxBytes)
                        + " are refused. Split it into several files and import them "
                        + "one after the other.");
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
        } catch (NoSuchFileException e) {
            throw new SheetFileException(name + " does not exist (" + file.toAbsolutePath() + ").");
        } catch (IOException e) {
            throw unreadable(name, e);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return switch (magic) {
            case OOXML -> new XlsxReader(file, maxRows);
            case OLE2 -> {
                if (encryptedOoxml(file)) {
                    throw encrypted(name);
                }
                yield new XlsReader(file, maxRows);
            }
            default -> {
                if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm")) {
                    throw new SheetFileException(name + " is not an Excel workbook (its content is "
                            + magic.name().toLowerCase(Locale.ROOT) + "). Open it in Excel and save it as .xlsx.");
                }
                yield new CsvReader(file, maxRows);
            }
        };
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static boolean encryptedOoxml(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static SheetFileException encrypted(String name) {
        return new SheetFileException(name + " is protected with a password. Open it in Excel, remove the "
                + "password (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and import "
                + "again.");
    }

    static String tooManyRows(String name, int maxRows) {
        return name + " has more than " + maxRows + " rows; split it into several files and import them one after "
                + "the other.";
    }

    /** The reason a workbook could not be read, for people. */
    static SheetFileException unreadable(String name, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t instanceof SheetFileException s) {
                return s;
            }
            if (t instanceof EncryptedDocumentException) {
                return encrypted(name);
            }
            if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("MAX_ENTRY_SIZE")
                    || m.contains("Max entry size")) {
                return new SheetFileException(name + " was refused: it expands to far more data than a "
                        + "spreadsheet of its size can hold (a \"zip bomb\"). If the file is genuine, open it in "
                        + "Excel and save it again; otherwise delete it.", e);
            }
            if (m.contains("DOCTYPE") || m.contains("ENTITY") || m.contains("entity")) {
                return new SheetFileException(name + " was refused: it contains XML declarations (DOCTYPE or "
                        + "external entities) that a genuine Excel file never has and that could read files from "
                        + "this computer. Open it in Excel and save it again as a new .xlsx.", e);
            }
            if (t instanceof SAXParseException) {
                break;
            }
        }
        return new SheetFileException(name + " cannot be read as a spreadsheet (" + e.getClass().getSimpleName()
                + ": " + e.getMessage() + "). Open it in Excel and save it again as .xlsx, .xls or CSV.", e);
    }
}
