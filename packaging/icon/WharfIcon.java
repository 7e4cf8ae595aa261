/*
 * Draws the Wharf application icon and writes it in the three formats jpackage wants:
 *   packaging/linux/wharf.png    256x256 PNG
 *   packaging/windows/wharf.ico  ICO with PNG-compressed 16..256 px images (Windows Vista and later)
 *   packaging/mac/wharf.icns     ICNS with PNG-compressed 32..1024 px images (macOS 10.7 and later)
 *
 * Run from the repository root with any JDK 11+:  java packaging/icon/WharfIcon.java
 */

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

public class WharfIcon {

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Files.write(root.resolve("packaging/linux/wharf.png"), png(256));
        Files.write(root.resolve("packaging/windows/wharf.ico"), ico(16, 24, 32, 48, 64, 128, 256));
        Map<String, Integer> icns = new LinkedHashMap<>();
        // the element types Apple's iconutil writes for an .iconset (all PNG)
        icns.put("ic11", 32);   // 16@2x
        icns.put("ic12", 64);   // 32@2x
        icns.put("ic07", 128);
        icns.put("ic13", 256);  // 128@2x
        icns.put("ic08", 256);
        icns.put("ic14", 512);  // 256@2x
        icns.put("ic09", 512);
        icns.put("ic10", 1024); // 512@2x
        Files.write(root.resolve("packaging/mac/wharf.icns"), icns(icns));
    }

    /** The artwork, drawn from vectors at any size: a teal tile, a white "W" and a wave below it. */
    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        g.setPaint(new GradientPaint(0, 0, new Color(0x14B8A6), 0, 256, new Color(0x0F5E57)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(24, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D w = new Path2D.Double();
        w.moveTo(52, 60);
        w.lineTo(88, 168);
        w.lineTo(128, 92);
        w.lineTo(168, 168);
        w.lineTo(204, 60);
        g.draw(w);

        g.setColor(new Color(255, 255, 255, 210));
        g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D wave = new Path2D.Double();
        wave.moveTo(48, 206);
        wave.curveTo(78, 188, 98, 224, 128, 206);
        wave.curveTo(158, 188, 178, 224, 208, 206);
        g.draw(wave);

        g.dispose();
        return img;
    }

    static byte[] png(int size) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(draw(size), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ICONDIR + ICONDIRENTRY[] + PNG blobs; all numbers little-endian. */
    static byte[] ico(int... sizes) {
        byte[][] images = new byte[sizes.length][];
        int offset = 6 + 16 * sizes.length;
        int total = offset;
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(sizes[i]);
            total += images[i].length;
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            int s = sizes[i] >= 256 ? 0 : sizes[i]; // 0 means 256
            b.put((byte) s).put((byte) s).put((byte) 0).put((byte) 0);
            b.putShort((short) 1).putShort((short) 32);
            b.putInt(images[i].length).putInt(offset);
            offset += images[i].length;
        }
        for (byte[] image : images) {
            b.put(image);
        }
        return b.array();
    }

    /** 'icns' + total length, then (type, length incl. 8-byte header, PNG) per entry; big-endian. */
    static byte[] icns(Map<String, Integer> entries) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            byte[] image = png(e.getValue());
            d.writeBytes(e.getKey());
            d.writeInt(8 + image.length);
            d.write(image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(8 + body.size());
        body.writeTo(o);
        return out.toByteArray();
    }
}
