package dev.wharf.products;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;

/**
 * A JPEG's EXIF orientation (tag 0x0112 of IFD0 in the APP1 "Exif" segment): phones store a portrait photo as a
 * landscape picture plus this tag, and the platform shows pictures as stored, so Wharf turns them upright before the
 * upload. Reads the JPEG's segments only (nothing decoded). Pure.
 */
final class ExifOrientation {
    static final int NORMAL = 1;

    private ExifOrientation() {
    }

    /** 1–8 as EXIF defines them; 1 (as stored) when the file has no readable tag. */
    static int of(byte[] jpeg) {
        try {
            if (jpeg.length < 4 || u8(jpeg, 0) != 0xFF || u8(jpeg, 1) != 0xD8) {
                return NORMAL;
            }
            int p = 2;
            while (p + 4 <= jpeg.length && u8(jpeg, p) == 0xFF) {
                int marker = u8(jpeg, p + 1);
                int length = (u8(jpeg, p + 2) << 8) | u8(jpeg, p + 3);
                if (marker == 0xDA || length < 2) {
                    return NORMAL; // image data begins: no EXIF before it
                }
                if (marker == 0xE1 && length >= 16 && ascii(jpeg, p + 4, "Exif\0\0")) {
                    return fromTiff(jpeg, p + 10, p + 2 + length);
                }
                p += 2 + length;
            }
        } catch (IndexOutOfBoundsException e) {
            return NORMAL;
        }
        return NORMAL;
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        boolean big = ascii(b, tiff, "MM");
        if (!big && !ascii(b, tiff, "II")) {
            return NORMAL;
        }
        int ifd = tiff + (int) read(b, tiff + 4, 4, big);
        int entries = (int) read(b, ifd, 2, big);
        for (int i = 0; i < entries; i++) {
            int e = ifd + 2 + i * 12;
            if (e + 12 > end) {
                return NORMAL;
            }
            if (read(b, e, 2, big) == 0x0112) {
                int value = (int) read(b, e + 8, 2, big);
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    /** The picture turned upright for {@code orientation} (2–8; 1 returns it unchanged). */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= NORMAL || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(Math.PI / 2); t.scale(1, -1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(-Math.PI / 2); }
            default -> { t.translate(0, w); t.rotate(-Math.PI / 2); } // 8
        }
        boolean swap = orientation >= 5;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(toRgb(image), out);
        return out;
    }

    private static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static long read(byte[] b, int at, int n, boolean bigEndian) {
        long v = 0;
        for (int i = 0; i < n; i++) {
            int octet = u8(b, bigEndian ? at + i : at + n - 1 - i);
            v = (v << 8) | octet;
        }
        return v;
    }

    private static boolean ascii(byte[] b, int at, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (u8(b, at + i) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int u8(byte[] b, int i) {
        return b[i] & 0xFF;
    }
}
