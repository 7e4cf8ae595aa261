package dev.wharf.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file under a temporary name next to it ({@code name.part}) and moves it into place only when complete:
 * a failed or cancelled write leaves neither a half-written file nor a temporary one.
 */
public final class FileOutput {
    private FileOutput() {
    }

    /** The body of the file. */
    @FunctionalInterface
    public interface Body {
        void write(OutputStream out) throws IOException;
    }

    /**
     * @param what    names the file in an error ("The export", "The error report")
     * @param advice  what the user can do when it cannot be written
     * @throws SheetFileException when the file cannot be written (nothing is left behind)
     */
    public static void write(Path out, Body body, String what, String advice) {
        Path tmp = out.toAbsolutePath().resolveSibling(out.getFileName() + ".part");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                body.write(os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the original error matters more
            }
            if (e instanceof RuntimeException re && !(e instanceof UncheckedIOException)) {
                throw re;
            }
            throw new SheetFileException(what + " could not be written to " + out + ": " + e.getMessage() + ". "
                    + advice, e);
        }
    }
}
