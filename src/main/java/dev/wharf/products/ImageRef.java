package dev.wharf.products;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An image a product refers to before the platform has it: {@code wharf-image:<sha256>.<jpg|png>}, the name of the
 * prepared file in the profile's {@code images} folder. The outbox uploads it before the product write that names it
 * and then replaces the reference with the platform's URL (decision 0014).
 */
public final class ImageRef {
    public static final String PREFIX = "wharf-image:";
    private static final Pattern FILE = Pattern.compile("[0-9a-f]{64}\\.(jpg|png)");

    private ImageRef() {
    }

    public static String of(String sha256, String extension) {
        String name = sha256.toLowerCase(Locale.ROOT) + "." + extension;
        if (!FILE.matcher(name).matches()) {
            throw new IllegalArgumentException("not an image file name: " + name);
        }
        return PREFIX + name;
    }

    /** True for a reference to an image not yet uploaded (anything else is a platform URL). */
    public static boolean isLocal(String image) {
        return image != null && image.startsWith(PREFIX) && FILE.matcher(image.substring(PREFIX.length())).matches();
    }

    /** The file name in the images folder: {@code <sha256>.jpg}. */
    public static String fileName(String ref) {
        if (!isLocal(ref)) {
            throw new IllegalArgumentException("not a local image reference: " + ref);
        }
        return ref.substring(PREFIX.length());
    }

    /** The SHA-256 of the image's bytes, 64 lower-case hex digits. */
    public static String hash(String ref) {
        String name = fileName(ref);
        return name.substring(0, name.indexOf('.'));
    }

    public static String contentType(String ref) {
        return fileName(ref).endsWith(".png") ? "image/png" : "image/jpeg";
    }
}
