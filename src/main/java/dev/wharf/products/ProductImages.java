package dev.wharf.products;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * The product image rules (decision 0014) and the preparation of a chosen file for upload, with the JDK's
 * {@code javax.imageio}: JPEG, PNG or BMP files; at least {@value #MIN_SIDE} px on the shorter side; at most
 * {@value #MAX_FILE_MB} MB and 40 megapixels as chosen. A JPEG or PNG of at most {@value #MAX_UPLOAD_BYTES} bytes and
 * {@value #MAX_LONG_SIDE} px on the longer side is uploaded as it is; anything else is scaled down to
 * {@value #MAX_LONG_SIDE} px and recompressed as JPEG (quality 0.9 down to 0.5, then smaller) until it fits, so the
 * upload stays under the gateway's 1 MB body limit once in Base64. A JPEG whose EXIF orientation says it is stored
 * turned (a phone's portrait photo) is turned upright and recompressed. Pure and slow: run it off the JavaFX thread.
 */
public final class ProductImages {
    public static final int MAX_IMAGES = 10;
    /** The platform counts fewer main images than this as non-standard (handbook: 主图少于三张). */
    public static final int RECOMMENDED_IMAGES = 3;
    public static final int MIN_SIDE = 300;
    public static final int MAX_LONG_SIDE = 1600;
    public static final int MAX_UPLOAD_BYTES = 700 * 1024;
    public static final int MAX_FILE_MB = 20;
    public static final long MAX_FILE_BYTES = MAX_FILE_MB * 1024L * 1024L;
    static final long MAX_PIXELS = 40_000_000L;

    private ProductImages() {
    }

    /**
     * Checks a chosen file's bytes and makes the bytes to upload.
     *
     * @throws ImageProblem with the rule it breaks
     * @throws java.util.concurrent.CancellationException when {@code cancelled} says so between steps
     */
    public static PreparedImage prepare(byte[] file, BooleanSupplier cancelled) {
        if (file.length > MAX_FILE_BYTES) {
            throw new ImageProblem("products.image.invalid.fileSize", MAX_FILE_MB);
        }
        Header h = header(file);
        if (h.width() * (long) h.height() > MAX_PIXELS) {
            throw new ImageProblem("products.image.invalid.pixels", h.width(), h.height());
        }
        if (Math.min(h.width(), h.height()) < MIN_SIDE) {
            throw new ImageProblem("products.image.invalid.tooSmall", h.width(), h.height(), MIN_SIDE);
        }
        int orientation = h.format().equals("jpeg") ? ExifOrientation.of(file) : ExifOrientation.NORMAL;
        boolean asIs = (h.format().equals("jpeg") || h.format().equals("png")) && file.length <= MAX_UPLOAD_BYTES
                && Math.max(h.width(), h.height()) <= MAX_LONG_SIDE && orientation == ExifOrientation.NORMAL;
        check(cancelled);
        BufferedImage image = decode(file);
        check(cancelled);
        image = ExifOrientation.upright(image, orientation);
        if (asIs) {
            String ext = h.format().equals("png") ? "png" : "jpg";
            return new PreparedImage(file.clone(), ext, h.width(), h.height(), sha256(file), file.length, false);
        }
        double scale = Math.min(1.0, MAX_LONG_SIDE / (double) Math.max(image.getWidth(), image.getHeight()));
        while (true) {
            BufferedImage scaled = scaled(image, scale);
            for (float quality = 0.9f; quality >= 0.45f; quality -= 0.1f) {
                check(cancelled);
                byte[] jpeg = jpeg(scaled, quality);
                if (jpeg.length <= MAX_UPLOAD_BYTES) {
                    return new PreparedImage(jpeg, "jpg", scaled.getWidth(), scaled.getHeight(), sha256(jpeg),
                            file.length, true);
                }
            }
            double next = scale * 0.8;
            if (Math.min(image.getWidth(), image.getHeight()) * next < MIN_SIDE) {
                throw new ImageProblem("products.image.invalid.cannotShrink", MAX_UPLOAD_BYTES / 1024);
            }
            scale = next;
        }
    }

    /** The format and size of an image, read from its header (nothing decoded). */
    record Header(String format, int width, int height) {
    }

    static Header header(byte[] file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                String other = otherFormat(file);
                throw other != null ? new ImageProblem("products.image.invalid.type", other)
                        : new ImageProblem("products.image.invalid.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                format = format.equals("jpg") ? "jpeg" : format;
                if (!format.equals("jpeg") && !format.equals("png") && !format.equals("bmp")) {
                    throw new ImageProblem("products.image.invalid.type", format.toUpperCase(Locale.ROOT));
                }
                reader.setInput(in);
                return new Header(format, reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageProblem p) {
                throw p;
            }
            throw new ImageProblem("products.image.invalid.unreadable");
        }
    }

    /** Formats the JDK cannot read, named so the user knows what to convert from. */
    private static String otherFormat(byte[] f) {
        if (f.length >= 12 && ascii(f, 0, 4).equals("RIFF") && ascii(f, 8, 4).equals("WEBP")) {
            return "WebP";
        }
        if (f.length >= 12 && ascii(f, 4, 4).equals("ftyp")) {
            String brand = ascii(f, 8, 4);
            return brand.startsWith("avi") ? "AVIF" : brand.startsWith("hei") || brand.startsWith("mif") ? "HEIC"
                    : null;
        }
        return null;
    }

    private static String ascii(byte[] f, int from, int n) {
        return new String(f, from, n, StandardCharsets.ISO_8859_1);
    }

    private static BufferedImage decode(byte[] file) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(file));
            if (image == null) {
                throw new ImageProblem("products.image.invalid.unreadable");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageProblem p) {
                throw p;
            }
            throw new ImageProblem("products.image.invalid.unreadable");
        }
    }

    /** Scaled by halving steps then one bicubic step (smoother than one big step); transparency becomes white. */
    private static BufferedImage scaled(BufferedImage source, double scale) {
        int tw = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int th = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage current = source;
        while (current.getWidth() / 2 >= tw && current.getHeight() / 2 >= th) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return draw(current, tw, th);
    }

    private static BufferedImage draw(BufferedImage source, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(source, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("image preparation cancelled");
        }
    }
}
