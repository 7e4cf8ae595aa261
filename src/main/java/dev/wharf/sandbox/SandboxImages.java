package dev.wharf.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The sandbox's product images: one file per content hash in {@code DIR/images/<sha256>.<jpg|png>}, served over
 * HTTP at {@code /images/<name>}. Products keep sandbox images as the path {@code /images/<name>} and answer them
 * as absolute URLs on the server's current address, so they still load after a restart on another port.
 */
final class SandboxImages {
    static final String PATH = "/images/";
    /** The largest image accepted, in bytes (the gateway's 1 MB body limit leaves room for ~760 KB in Base64). */
    static final int MAX_BYTES = 700 * 1024;
    static final int MIN_SIDE = 300;
    static final int MAX_SIDE = 5000;
    private static final Pattern NAME = Pattern.compile("[0-9a-f]{64}\\.(jpg|png)");
    private static final Pattern SANDBOX_URL = Pattern.compile("https?://[^/]+" + PATH + "(" + NAME.pattern() + ")");

    private final Path folder;
    private volatile URI base = URI.create("http://127.0.0.1");

    SandboxImages(Path folder) {
        this.folder = folder;
    }

    void setBase(URI serverBase) {
        this.base = serverBase;
    }

    /** What a product stores for an image URL it was sent: the sandbox's own images as a path, others as sent. */
    String normalize(String url) {
        Matcher m = url == null ? null : SANDBOX_URL.matcher(url);
        return m != null && m.matches() && Files.exists(folder.resolve(m.group(1))) ? PATH + m.group(1) : url;
    }

    List<String> normalizeAll(List<String> urls) {
        return urls == null ? List.of() : urls.stream().map(this::normalize).toList();
    }

    /** The URL a stored image answers with. */
    String resolve(String stored) {
        return stored != null && stored.startsWith(PATH) ? base.resolve(stored).toString() : stored;
    }

    List<String> resolveAll(List<String> stored) {
        return stored == null ? null : stored.stream().map(this::resolve).toList();
    }

    /** An image URL a product may carry: http(s) (an unresolved local reference of a client is refused). */
    static boolean acceptable(String url) {
        return url != null && (url.startsWith("http://") || url.startsWith("https://") || url.startsWith(PATH));
    }

    /**
     * Checks and keeps an upload; the same bytes twice keep one file.
     *
     * @return the problem (Chinese and English) or null when kept
     */
    Stored store(String hash, String contentType, byte[] bytes) {
        if (bytes.length == 0 || bytes.length > MAX_BYTES) {
            return Stored.failed(Texts.both("图片不能超过700KB", "an image must be 1 byte to 700 KB"));
        }
        if (!HexFormat.of().formatHex(sha256(bytes)).equals(hash)) {
            return Stored.failed(Texts.both("图片内容与content_hash不符", "content_hash does not match the image"));
        }
        String ext = "image/jpeg".equals(contentType) ? "jpg" : "image/png".equals(contentType) ? "png" : null;
        if (ext == null) {
            return Stored.failed(Texts.both("仅支持JPG和PNG图片", "only image/jpeg and image/png are accepted"));
        }
        int[] size = size(bytes, ext);
        if (size == null) {
            return Stored.failed(Texts.both("图片无法读取或格式与content_type不符",
                    "the image cannot be read as " + contentType));
        }
        if (Math.min(size[0], size[1]) < MIN_SIDE || Math.max(size[0], size[1]) > MAX_SIDE) {
            return Stored.failed(Texts.both("图片尺寸须在300到5000像素之间",
                    "an image must be 300 to 5000 pixels on each side"));
        }
        String name = hash + "." + ext;
        Path file = folder.resolve(name);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(folder);
                Path tmp = Files.createTempFile(folder, "upload", ".tmp");
                Files.write(tmp, bytes);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep image " + name, e);
        }
        return new Stored(null, resolve(PATH + name), size[0], size[1]);
    }

    /** The outcome of {@link #store}. */
    record Stored(String problem, String url, int width, int height) {
        static Stored failed(String problem) {
            return new Stored(problem, null, 0, 0);
        }
    }

    /** {@code GET /images/<name>}: the file, or 404. */
    void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = exchange.getRequestURI().getPath().substring(PATH.length());
            Path file = folder.resolve(name);
            if (!"GET".equalsIgnoreCase(exchange.getRequestMethod()) || !NAME.matcher(name).matches()
                    || !Files.exists(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".png") ? "image/png" : "image/jpeg");
            exchange.getResponseHeaders().set("Cache-Control", "public, max-age=31536000, immutable");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static int[] size(byte[] bytes, String ext) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                if (!(ext.equals("png") ? format.equals("png") : format.equals("jpeg") || format.equals("jpg"))) {
                    return null;
                }
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return null;
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
