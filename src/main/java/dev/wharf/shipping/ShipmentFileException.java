package dev.wharf.shipping;

/** A file that cannot be read or written as asked, with a message for people: what is wrong and what to do. */
public final class ShipmentFileException extends RuntimeException {
    public ShipmentFileException(String message) {
        super(message);
    }

    public ShipmentFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
