package dev.wharf.spreadsheet;

/** A file that cannot be read or written as asked, with a message for people: what is wrong and what to do. */
public final class SheetFileException extends RuntimeException {
    public SheetFileException(String message) {
        super(message);
    }

    public SheetFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
