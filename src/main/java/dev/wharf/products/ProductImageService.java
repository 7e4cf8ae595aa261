package dev.wharf.products;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Adds images from local files to a product being edited: checks the file, prepares it ({@link ProductImages}) and
 * copies the result into the profile's images folder; the product then refers to it by {@link ImageRef} until the
 * outbox has uploaded it. Blocks on disk and CPU: call off the JavaFX thread.
 */
public final class ProductImageService {
    private final ProductImageFiles files;

    public ProductImageService(ProductImageFiles files) {
        this.files = files;
    }

    /**
     * @throws ImageProblem naming the rule the file breaks (or that it cannot be read)
     */
    public Added add(Path file, BooleanSupplier cancelled) {
        byte[] bytes;
        try {
            if (Files.size(file) > ProductImages.MAX_FILE_BYTES) {
                throw new ImageProblem("products.image.invalid.fileSize", ProductImages.MAX_FILE_MB);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImageProblem("products.image.invalid.missing", file.getFileName().toString());
        } catch (IOException e) {
            throw new ImageProblem("products.image.invalid.unreadable");
        } catch (UncheckedIOException e) {
            throw new ImageProblem("products.image.invalid.unreadable");
        }
        PreparedImage prepared = ProductImages.prepare(bytes, cancelled);
        String ref = files.keep(prepared);
        return new Added(ref, prepared.width(), prepared.height(), prepared.converted(), prepared.originalSize(),
                prepared.bytes().length);
    }

    /** What a screen shows for an image: the platform's URL, or the local file of an image not yet uploaded. */
    public String displayUrl(String image) {
        return ImageRef.isLocal(image) ? files.localUrl(image).orElse(null) : image;
    }

    /**
     * One image added.
     *
     * @param converted true when it was scaled down or recompressed to fit the platform's limits
     */
    public record Added(String ref, int width, int height, boolean converted, long originalBytes, long uploadBytes) {
    }
}
