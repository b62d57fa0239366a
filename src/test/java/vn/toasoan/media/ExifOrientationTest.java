package vn.toasoan.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The orientation a camera writes in the Exif block, read from real JPEG bytes, and applied to the pixels. */
class ExifOrientationTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void readsTheOrientationInBothByteOrders(int orientation) {
        byte[] jpeg = TestImages.jpeg(16, 8);
        assertThat(ExifOrientation.of(TestImages.cameraJpeg(jpeg, orientation, false))).isEqualTo(orientation);
        assertThat(ExifOrientation.of(TestImages.cameraJpeg(jpeg, orientation, true))).isEqualTo(orientation);
    }

    @Test
    void aJpegWithoutExifOrDamagedIsUpright() {
        byte[] jpeg = TestImages.jpeg(16, 8);
        assertThat(ExifOrientation.of(jpeg)).isEqualTo(ExifOrientation.NORMAL);
        assertThat(ExifOrientation.of(new byte[0])).isEqualTo(ExifOrientation.NORMAL);
        byte[] camera = TestImages.cameraJpeg(jpeg, 6, false);
        for (int cut = 0; cut < 120; cut++) {
            assertThat(ExifOrientation.of(Arrays.copyOf(camera, cut))).as("cut at %d", cut).isBetween(1, 8);
        }
        assertThat(ExifOrientation.of(TestImages.cameraJpeg(jpeg, 9, false))).isEqualTo(ExifOrientation.NORMAL);
    }

    /** Which colour ends up in each corner (top-left, top-right, bottom-left, bottom-right) for each orientation. */
    @ParameterizedTest
    @CsvSource({
            "1, TL, TR, BL, BR, 4, 2",
            "2, TR, TL, BR, BL, 4, 2",
            "3, BR, BL, TR, TL, 4, 2",
            "4, BL, BR, TL, TR, 4, 2",
            "5, TL, BL, TR, BR, 2, 4",
            "6, BL, TL, BR, TR, 2, 4",
            "7, BR, TR, BL, TL, 2, 4",
            "8, TR, BR, TL, BL, 2, 4"})
    void turnsThePixelsUpright(int orientation, String topLeft, String topRight, String bottomLeft,
            String bottomRight, int width, int height) {
        BufferedImage upright = ExifOrientation.apply(TestImages.quadrants(4, 2), orientation);
        assertThat(upright.getWidth()).isEqualTo(width);
        assertThat(upright.getHeight()).isEqualTo(height);
        assertThat(new Color(upright.getRGB(0, 0))).isEqualTo(colour(topLeft));
        assertThat(new Color(upright.getRGB(width - 1, 0))).isEqualTo(colour(topRight));
        assertThat(new Color(upright.getRGB(0, height - 1))).isEqualTo(colour(bottomLeft));
        assertThat(new Color(upright.getRGB(width - 1, height - 1))).isEqualTo(colour(bottomRight));
    }

    private static Color colour(String corner) {
        return switch (corner) {
            case "TL" -> TestImages.TOP_LEFT;
            case "TR" -> TestImages.TOP_RIGHT;
            case "BL" -> TestImages.BOTTOM_LEFT;
            case "BR" -> TestImages.BOTTOM_RIGHT;
            default -> throw new IllegalArgumentException(corner);
        };
    }
}
