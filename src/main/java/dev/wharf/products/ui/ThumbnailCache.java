package dev.wharf.products.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;

/**
 * Product thumbnails by URL, decoded by JavaFX in the background (never on the FX thread) at list size, and kept
 * for the most recently shown {@code capacity} products. A failed load (no image, offline) is not cached, so it is
 * tried again when the row is shown again; the cell shows a placeholder meanwhile.
 */
final class ThumbnailCache {
    static final double SIZE = 40;
    private final Map<String, Image> images;

    ThumbnailCache(int capacity) {
        this.images = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The image of {@code url} (loading or loaded), or null for none; call on the FX thread. */
    Image get(String url) {
        if (url == null || url.isBlank() || !(url.startsWith("http://") || url.startsWith("https://")
                || url.startsWith("file:"))) {
            return null;
        }
        Image cached = images.get(url);
        if (cached != null && !cached.isError()) {
            return cached;
        }
        Image image = new Image(url, SIZE, SIZE, true, true, true);
        images.put(url, image);
        return image;
    }
}
