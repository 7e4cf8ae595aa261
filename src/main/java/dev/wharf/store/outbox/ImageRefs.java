package dev.wharf.store.outbox;

import static dev.wharf.store.outbox.SqliteOutboxStore.insert;
import static dev.wharf.store.outbox.SqliteOutboxStore.update;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.wharf.platform.Json;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.products.ImageRef;
import dev.wharf.sync.outbox.Command;
import dev.wharf.sync.outbox.Payloads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Product images not yet on the platform (decision 0014): a product write that names a local image reference
 * ({@link ImageRef}) is preceded, in the same transaction and the same aggregate, by a {@code product.image} upload
 * — unless the image was uploaded before, then the write carries its URL at once. When an upload is confirmed the
 * reference is replaced by the URL in every unresolved product write and local product row.
 */
final class ImageRefs {

    private ImageRefs() {
    }

    /**
     * The product's images as they go into the write: known URLs for references uploaded before; an upload entry is
     * enqueued for each other reference (once per product while unresolved).
     *
     * @param imagesFolder the profile's images folder (the prepared file must be there)
     */
    static ProductInfo prepare(Connection c, String productId, ProductInfo p, Path imagesFolder, long now)
            throws SQLException {
        if (p.productImages() == null || p.productImages().stream().noneMatch(ImageRef::isLocal)) {
            return p;
        }
        List<String> images = new ArrayList<>();
        for (String image : p.productImages()) {
            if (!ImageRef.isLocal(image)) {
                images.add(image);
                continue;
            }
            String url = urlOf(c, image);
            if (url != null) {
                images.add(url);
                continue;
            }
            if (!Files.exists(imagesFolder.resolve(ImageRef.fileName(image)))) {
                throw new IllegalArgumentException("image " + ImageRef.fileName(image) + " is missing from "
                        + imagesFolder + ": add it again");
            }
            if (!uploadWaiting(c, productId, image)) {
                insert(c, Command.PRODUCT_IMAGE, productId, new Payloads.ImageUpload(image, ImageRef.hash(image),
                        ImageRef.contentType(image)), now);
            }
            images.add(image);
        }
        return p.withImages(images);
    }

    private static String urlOf(Connection c, String ref) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT url FROM product_image WHERE ref = ?")) {
            ps.setString(1, ref);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static boolean uploadWaiting(Connection c, String productId, String ref) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM outbox WHERE command = ? AND aggregate_type = "
                + "'product' AND aggregate_id = ? AND state IN " + SqliteOutboxStore.UNRESOLVED
                + " AND json_extract(payload, '$.ref') = ?")) {
            ps.setString(1, Command.PRODUCT_IMAGE.code());
            ps.setString(2, productId);
            ps.setString(3, ref);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The upload of {@code ref} is confirmed at {@code url}: remembered, and put where the reference stood. */
    static void uploaded(Connection c, String ref, String url, long now) throws SQLException {
        update(c, "INSERT INTO product_image(ref, url, uploaded_at) VALUES (?, ?, ?) ON CONFLICT(ref) DO UPDATE "
                + "SET url = excluded.url, uploaded_at = excluded.uploaded_at", ref, url, now);
        String quoted = "%\"" + ref + "\"%";
        Map<Long, String> payloads = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT outbox_id, payload FROM outbox WHERE command IN (?, ?) "
                + "AND state IN " + SqliteOutboxStore.UNRESOLVED + " AND payload LIKE ?")) {
            ps.setString(1, Command.PRODUCT_CREATE.code());
            ps.setString(2, Command.PRODUCT_UPDATE.code());
            ps.setString(3, quoted);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    payloads.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        for (Map.Entry<Long, String> e : payloads.entrySet()) {
            update(c, "UPDATE outbox SET payload = ? WHERE outbox_id = ?", replaced(e.getValue(), ref, url),
                    e.getKey());
        }
        Map<String, String> rows = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT product_id, images FROM product WHERE images LIKE ?")) {
            ps.setString(1, quoted);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        for (Map.Entry<String, String> r : rows.entrySet()) {
            update(c, "UPDATE product SET images = ? WHERE product_id = ?", replacedArray(r.getValue(), ref, url),
                    r.getKey());
        }
    }

    private static String replaced(String payload, String ref, String url) {
        try {
            JsonNode root = Json.mapper().readTree(payload);
            JsonNode images = root.path("product").path("product_images");
            if (images instanceof ArrayNode array) {
                swap(array, ref, url);
            }
            return Json.mapper().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String replacedArray(String json, String ref, String url) {
        try {
            JsonNode root = Json.mapper().readTree(json);
            if (root instanceof ArrayNode array) {
                swap(array, ref, url);
            }
            return Json.mapper().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void swap(ArrayNode array, String ref, String url) {
        for (int i = 0; i < array.size(); i++) {
            if (ref.equals(array.get(i).asText())) {
                array.set(i, array.textNode(url));
            }
        }
    }
}
