package dev.wharf.products;

/**
 * An image ready for the platform: the bytes to upload (the file as chosen, or downscaled / recompressed).
 *
 * @param extension    {@code jpg} or {@code png}
 * @param sha256       of {@code bytes}, 64 lower-case hex digits
 * @param originalSize the chosen file's size in bytes
 * @param converted    true when the bytes are not the file's own (downscaled or recompressed)
 */
public record PreparedImage(byte[] bytes, String extension, int width, int height, String sha256, long originalSize,
                            boolean converted) {

    public String ref() {
        return ImageRef.of(sha256, extension);
    }
}
