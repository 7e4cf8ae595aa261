package dev.wharf.products;

import java.util.List;

/**
 * Why an image file cannot be used: a bundle key ({@code products.image.invalid.*}) with its MessageFormat
 * arguments, so the editor shows it on the images field in the user's language.
 */
public final class ImageProblem extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient List<Object> args;

    public ImageProblem(String key, Object... args) {
        super(key + " " + List.of(args));
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
