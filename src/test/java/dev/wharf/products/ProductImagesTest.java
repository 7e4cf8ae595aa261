package dev.wharf.products;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The image rules and the preparation for upload (decision 0014). */
class ProductImagesTest {

    private static PreparedImage prepare(byte[] file) {
        return ProductImages.prepare(file, () -> false);
    }

    @Test
    void aSmallJpegOrPngIsUploadedAsItIsNamedByItsHash() {
        byte[] png = TestImages.image("png", 800, 800, false);
        PreparedImage p = prepare(png);
        assertThat(p.converted()).isFalse();
        assertThat(p.bytes()).isEqualTo(png);
        assertThat(p.extension()).isEqualTo("png");
        assertThat(p.sha256()).hasSize(64).isEqualTo(ProductImages.sha256(png));
        assertThat(p.ref()).isEqualTo("wharf-image:" + p.sha256() + ".png");
        assertThat(ImageRef.isLocal(p.ref())).isTrue();

        byte[] jpeg = TestImages.image("jpeg", 600, 400, false);
        assertThat(prepare(jpeg).extension()).isEqualTo("jpg");
        assertThat(prepare(jpeg).converted()).isFalse();
    }

    @Test
    void aLargeFileIsScaledDownAndRecompressedUnderTheUploadLimit() throws Exception {
        byte[] noisy = TestImages.image("png", 2400, 1800, true);
        assertThat(noisy.length).isGreaterThan(ProductImages.MAX_UPLOAD_BYTES);
        PreparedImage p = prepare(noisy);
        assertThat(p.converted()).isTrue();
        assertThat(p.extension()).isEqualTo("jpg");
        assertThat(p.bytes().length).isLessThanOrEqualTo(ProductImages.MAX_UPLOAD_BYTES);
        assertThat(p.originalSize()).isEqualTo(noisy.length);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(p.bytes()));
        assertThat(Math.max(back.getWidth(), back.getHeight())).isLessThanOrEqualTo(ProductImages.MAX_LONG_SIDE);
        assertThat(back.getWidth() * 3).isEqualTo(back.getHeight() * 4); // the aspect ratio is kept
        assertThat(p.width()).isEqualTo(back.getWidth());

        // a small-enough file that is too wide is scaled down too; a BMP is always converted
        PreparedImage wide = prepare(TestImages.image("jpeg", 3000, 500, false));
        assertThat(wide.converted()).isTrue();
        assertThat(wide.width()).isEqualTo(ProductImages.MAX_LONG_SIDE);
        assertThat(prepare(TestImages.image("bmp", 400, 400, false)).extension()).isEqualTo("jpg");
    }

    @Test
    void theSameFileGivesTheSameBytesAndHash() {
        byte[] noisy = TestImages.image("png", 1800, 1800, true);
        assertThat(prepare(noisy).sha256()).isEqualTo(prepare(noisy).sha256());
    }

    @Test
    void eachBrokenRuleIsNamed() {
        assertThatThrownBy(() -> prepare(TestImages.image("png", 200, 800, false)))
                .isInstanceOfSatisfying(ImageProblem.class, e -> {
                    assertThat(e.key()).isEqualTo("products.image.invalid.tooSmall");
                    assertThat(e.args()).containsExactly(200, 800, 300);
                });
        assertThatThrownBy(() -> prepare(TestImages.image("gif", 400, 400, false)))
                .isInstanceOfSatisfying(ImageProblem.class, e -> {
                    assertThat(e.key()).isEqualTo("products.image.invalid.type");
                    assertThat(e.args()).containsExactly("GIF");
                });
        assertThatThrownBy(() -> prepare(TestImages.webpHeader()))
                .isInstanceOfSatisfying(ImageProblem.class, e -> assertThat(e.args()).containsExactly("WebP"));
        assertThatThrownBy(() -> prepare("not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImageProblem.class,
                        e -> assertThat(e.key()).isEqualTo("products.image.invalid.unreadable"));
        byte[] png = TestImages.image("png", 400, 400, false);
        assertThatThrownBy(() -> prepare(Arrays.copyOf(png, png.length / 2)))
                .isInstanceOf(ImageProblem.class);
        assertThatThrownBy(() -> prepare(new byte[(int) ProductImages.MAX_FILE_BYTES + 1]))
                .isInstanceOfSatisfying(ImageProblem.class,
                        e -> assertThat(e.key()).isEqualTo("products.image.invalid.fileSize"));
    }

    @Test
    void preparationStopsWhenCancelled() {
        byte[] noisy = TestImages.image("png", 2000, 2000, true);
        assertThatThrownBy(() -> ProductImages.prepare(noisy, () -> true)).isInstanceOf(CancellationException.class);
    }

    @Test
    void aPhoneOrientedJpegIsTurnedUpright() throws Exception {
        for (boolean big : new boolean[] {true, false}) {
            byte[] turned = TestImages.jpegWithOrientation(600, 400, 6, big);
            assertThat(ExifOrientation.of(turned)).isEqualTo(6);
            PreparedImage p = prepare(turned);
            assertThat(p.converted()).isTrue();
            assertThat(p.width()).isEqualTo(400);
            assertThat(p.height()).isEqualTo(600);
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(p.bytes()));
            assertThat(back.getWidth()).isEqualTo(400);
        }
        byte[] upsideDown = TestImages.jpegWithOrientation(600, 400, 3, false);
        assertThat(prepare(upsideDown).width()).isEqualTo(600);
        byte[] plain = TestImages.image("jpeg", 600, 400, false);
        assertThat(ExifOrientation.of(plain)).isEqualTo(1);
        assertThat(prepare(plain).converted()).isFalse();
        // every orientation keeps or swaps the sides as EXIF says
        for (int o = 1; o <= 8; o++) {
            PreparedImage p = prepare(TestImages.jpegWithOrientation(600, 400, o, true));
            assertThat(p.width()).as("orientation %d", o).isEqualTo(o >= 5 ? 400 : 600);
        }
    }

    @Test
    void uprightMovesTheStoredCornerWhereExifSaysItBelongs() {
        BufferedImage stored = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        stored.setRGB(0, 0, 0xFF0000); // the stored top-left pixel
        // 6: turn 90° clockwise (top-left → top-right); 8: anticlockwise (→ bottom-left); 3: half a turn
        assertThat(ExifOrientation.upright(stored, 6).getRGB(39, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(ExifOrientation.upright(stored, 8).getRGB(0, 59) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(ExifOrientation.upright(stored, 3).getRGB(59, 39) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(ExifOrientation.upright(stored, 2).getRGB(59, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(ExifOrientation.upright(stored, 5).getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(ExifOrientation.upright(stored, 7).getRGB(39, 59) & 0xFFFFFF).isEqualTo(0xFF0000);
    }
}
