package dev.wharf.products;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/** Image files for tests, drawn in memory: a plain picture, or noise that compresses badly (large files). */
public final class TestImages {
    private TestImages() {
    }

    /** A {@code format} ("png", "jpeg", "bmp", "gif") image of w × h; {@code noisy} makes it hard to compress. */
    public static byte[] image(String format, int w, int h, boolean noisy) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        if (noisy) {
            Random r = new Random(w * 31L + h);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    image.setRGB(x, y, r.nextInt(0x1000000));
                }
            }
        } else {
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(0xE0, 0x40, 0x50));
            g.fillRect(0, 0, w, h);
            g.setColor(Color.WHITE);
            g.fillOval(w / 4, h / 4, w / 2, h / 2);
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The first bytes of a WebP file (RIFF....WEBPVP8 ), enough for its format to be recognised. */
    public static byte[] webpHeader() {
        byte[] b = new byte[64];
        System.arraycopy("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, b, 0, 4);
        System.arraycopy("WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, b, 8, 8);
        return b;
    }

    /** A JPEG with an EXIF APP1 segment carrying {@code orientation} (as a phone writes a turned photo). */
    public static byte[] jpegWithOrientation(int w, int h, int orientation, boolean bigEndian) {
        byte[] jpeg = image("jpeg", w, h, false);
        java.io.ByteArrayOutputStream tiff = new java.io.ByteArrayOutputStream();
        java.util.function.BiConsumer<Integer, Integer> put = (value, n) -> {
            for (int i = 0; i < n; i++) {
                int shift = bigEndian ? 8 * (n - 1 - i) : 8 * i;
                tiff.write((value >> shift) & 0xFF);
            }
        };
        tiff.writeBytes((bigEndian ? "MM" : "II").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        put.accept(42, 2);
        put.accept(8, 4);          // IFD0 right after the header
        put.accept(1, 2);          // one entry
        put.accept(0x0112, 2);     // Orientation
        put.accept(3, 2);          // SHORT
        put.accept(1, 4);          // one value
        put.accept(orientation, 2);
        put.accept(0, 2);          // padding of the 4-byte value field
        put.accept(0, 4);          // no next IFD
        byte[] t = tiff.toByteArray();
        int length = 2 + 6 + t.length;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        out.writeBytes(t);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
