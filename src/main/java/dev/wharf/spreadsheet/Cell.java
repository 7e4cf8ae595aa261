package dev.wharf.spreadsheet;

/**
 * One spreadsheet cell as read: its text (a number cell's raw value in plain digits) and whether the file stored it
 * as a number. A tracking number stored as a number has lost every digit past the 15th; it is never used.
 */
public record Cell(String text, boolean numeric) {
    public static final Cell EMPTY = new Cell("", false);

    public static Cell text(String s) {
        return new Cell(s == null ? "" : s, false);
    }

    public static Cell number(String raw) {
        return new Cell(Text.plainNumber(raw), true);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
