package dev.wharf.products;

import java.util.Optional;

/**
 * The profile's folder of prepared product images (port; the store implements it). A kept image stays there,
 * named by its content hash, until it is uploaded and after: nothing is lost when the user moves the original.
 */
public interface ProductImageFiles {

    /** Writes the prepared bytes (once per content: the same image twice is one file); returns its reference. */
    String keep(PreparedImage image);

    /** A URL the screen can load the local image from ({@code file:…}), if the file is there. */
    Optional<String> localUrl(String ref);
}
