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
}
