package dev.wharf.store.products;

import dev.wharf.products.ImageRef;
import dev.wharf.products.PreparedImage;
import dev.wharf.products.ProductImageFiles;
import dev.wharf.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The profile's {@code images} folder, beside its shop database: prepared product images named
 * {@code <sha256>.<jpg|png>}, written to a temporary file, forced to disk and renamed, so a file that exists is
 * whole. The outbox reads them to upload ({@code store.outbox}).
 */
public final class FileProductImages implements ProductImageFiles {
    private final Path folder;

    public FileProductImages(Path folder) {
        this.folder = folder;
    }

    /** The images folder of the profile whose shop database is {@code db}. */
    public static Path folderOf(Database db) {
        return db.file().toAbsolutePath().getParent().resolve("images");
    }

    public static FileProductImages of(Database db) {
        return new FileProductImages(folderOf(db));
    }

    @Override
    public String keep(PreparedImage image) {
        String ref = image.ref();
        Path file = folder.resolve(ImageRef.fileName(ref));
        if (Files.exists(file)) {
            return ref;
        }
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "image", ".tmp");
            try {
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                    ch.write(java.nio.ByteBuffer.wrap(image.bytes()));
                    ch.force(true);
                }
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the image in " + folder + ": " + e.getMessage(), e);
        }
        return ref;
    }

    @Override
    public Optional<String> localUrl(String ref) {
        if (!ImageRef.isLocal(ref)) {
            return Optional.empty();
        }
        // no disk access: the screen calls this on the FX thread; a missing file just shows no picture
        return Optional.of(folder.resolve(ImageRef.fileName(ref)).toUri().toString());
    }

    /** The bytes of a kept image (for the upload). */
    public byte[] read(String ref) {
        try {
            return Files.readAllBytes(folder.resolve(ImageRef.fileName(ref)));
        } catch (IOException e) {
            throw new UncheckedIOException("image " + ref + " is missing from " + folder, e);
        }
    }

    public boolean exists(String ref) {
        return ImageRef.isLocal(ref) && Files.exists(folder.resolve(ImageRef.fileName(ref)));
    }
}
