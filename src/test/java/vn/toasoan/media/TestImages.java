package vn.toasoan.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Real image files made on the spot with ImageIO, and the few bytes around them that cameras and attackers add. */
final class TestImages {

    static final Color TOP_LEFT = new Color(220, 20, 20);
    static final Color TOP_RIGHT = new Color(20, 200, 20);
    static final Color BOTTOM_LEFT = new Color(20, 20, 220);
    static final Color BOTTOM_RIGHT = new Color(240, 240, 20);

    /** A 1×1 lossless WebP (the one browsers' feature tests use). */
    static final byte[] WEBP_LOSSLESS = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");
    /** A 1×1 lossy WebP. */
    static final byte[] WEBP_LOSSY = Base64.getDecoder().decode(
            "UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    private TestImages() {
    }

    /** An opaque picture in four flat quadrants, so turns and mirrors can be told apart after JPEG's blur. */
    static BufferedImage quadrants(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(TOP_LEFT);
        g.fillRect(0, 0, width / 2, height / 2);
        g.setColor(TOP_RIGHT);
        g.fillRect(width / 2, 0, width - width / 2, height / 2);
        g.setColor(BOTTOM_LEFT);
        g.fillRect(0, height / 2, width / 2, height - height / 2);
        g.setColor(BOTTOM_RIGHT);
        g.fillRect(width / 2, height / 2, width - width / 2, height - height / 2);
        g.dispose();
        return image;
    }

    static byte[] jpeg(int width, int height) {
        return write(quadrants(width, height), "jpg");
    }

    static byte[] png(int width, int height) {
        return write(quadrants(width, height), "png");
    }

    static byte[] gif(int width, int height) {
        return write(quadrants(width, height), "gif");
    }

    /** A PNG whose right half is fully transparent. */
    static byte[] transparentPng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(TOP_LEFT);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        return write(image, "png");
    }

    /** A PNG with an alpha channel that is opaque everywhere, as many editors export. */
    static byte[] opaquePngWithAlpha(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.drawImage(quadrants(width, height), 0, 0, null);
        g.dispose();
        return write(image, "png");
    }

    static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JPEG as a camera writes it: its JFIF block replaced by an Exif block (APP1) holding the orientation and a
     * GPS directory with latitude 21° 1′ 30″ N (Hà Nội) and the camera's name.
     */
    static byte[] cameraJpeg(byte[] jpeg, int orientation, boolean littleEndian) {
        int app0Length = ((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF);
        if ((jpeg[2] & 0xFF) != 0xFF || (jpeg[3] & 0xFF) != 0xE0) {
            throw new IllegalArgumentException("Expected a JFIF JPEG from ImageIO");
        }
        byte[] rest = Arrays.copyOfRange(jpeg, 4 + app0Length, jpeg.length);
        byte[] app1 = app1(orientation, littleEndian);
        ByteBuffer out = ByteBuffer.allocate(2 + app1.length + rest.length);
        out.put((byte) 0xFF).put((byte) 0xD8).put(app1).put(rest);
        return out.array();
    }

    private static byte[] app1(int orientation, boolean little) {
        byte[] tiff = tiff(orientation, little);
        byte[] exif = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + exif.length + tiff.length;
        ByteBuffer b = ByteBuffer.allocate(2 + length);
        b.put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(exif).put(tiff);
        return b.array();
    }

    /** Offsets: IFD0 at 8 (3 entries), GPS IFD after it (2 entries), then the latitude and the camera's name. */
    private static byte[] tiff(int orientation, boolean little) {
        ByteBuffer b = ByteBuffer.allocate(256).order(little ? java.nio.ByteOrder.LITTLE_ENDIAN
                : java.nio.ByteOrder.BIG_ENDIAN);
        int ifd0 = 8;
        int gps = ifd0 + 2 + 3 * 12 + 4;
        int latitude = gps + 2 + 2 * 12 + 4;
        int model = latitude + 24;
        byte[] modelName = "CameraModelX\0".getBytes(StandardCharsets.US_ASCII);
        b.put((byte) (little ? 'I' : 'M')).put((byte) (little ? 'I' : 'M')).putShort((short) 42).putInt(ifd0);
        b.putShort((short) 3);
        entry(b, 0x0110, 2, modelName.length, model);               // Model, ASCII
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        entry(b, 0x8825, 4, 1, gps);                                // GPS IFD pointer
        b.putInt(0);
        b.putShort((short) 2);
        b.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        entry(b, 0x0002, 5, 3, latitude);                           // GPSLatitude, 3 rationals
        b.putInt(0);
        b.putInt(21).putInt(1).putInt(1).putInt(1).putInt(30).putInt(1);
        b.put(modelName);
        return Arrays.copyOf(b.array(), b.position());
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int valueOrOffset) {
        b.putShort((short) tag).putShort((short) type).putInt(count).putInt(valueOrOffset);
    }

    /** A real PNG whose header is changed to claim {@code width} × {@code height}, with a correct checksum. */
    static byte[] pngClaiming(int width, int height) {
        byte[] png = png(16, 16);
        ByteBuffer b = ByteBuffer.wrap(png);
        // Signature (8), IHDR length (4), "IHDR" (4), then width and height; the CRC covers type and data (17).
        b.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        b.putInt(29, (int) crc.getValue());
        return png;
    }

    /** A real JPEG whose frame header (SOF0) is changed to claim {@code width} × {@code height}. */
    static byte[] jpegClaiming(int width, int height) {
        byte[] jpeg = jpeg(16, 16);
        for (int i = 2; i + 9 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                // FF C0, length (2), precision (1), height (2), width (2)
                ByteBuffer.wrap(jpeg).putShort(i + 5, (short) height).putShort(i + 7, (short) width);
                return jpeg;
            }
        }
        throw new IllegalStateException("No SOF0 in the JPEG ImageIO wrote");
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static boolean contains(byte[] haystack, String ascii) {
        return contains(haystack, ascii.getBytes(StandardCharsets.US_ASCII));
    }
}
