package vn.toasoan.media;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;

/**
 * The way a camera says a JPEG should be turned: tag 0x0112 of the Exif block (APP1). The JDK's JPEG reader
 * ignores it, and re-encoding drops the Exif block, so the turn is applied to the pixels here or a phone's portrait
 * photo would be published lying on its side.
 */
final class ExifOrientation {

    static final int NORMAL = 1;

    private static final int ORIENTATION_TAG = 0x0112;
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
    private static final int MARKER_APP1 = 0xE1;
    private static final int MARKER_SOS = 0xDA;
    private static final int MARKER_EOI = 0xD9;

    private ExifOrientation() {
    }

    /**
     * The orientation (1 to 8, as in the Exif standard) of a JPEG; {@link #NORMAL} when it has none, or when the
     * block is damaged.
     */
    static int of(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return NORMAL;
        }
        int at = 2;
        while (at + 4 <= jpeg.length) {
            if ((jpeg[at] & 0xFF) != 0xFF) {
                return NORMAL;
            }
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++; // fill byte before a marker
                continue;
            }
            if (marker == MARKER_SOS || marker == MARKER_EOI) {
                return NORMAL; // Exif comes before the image data
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                at += 2; // markers without a length
                continue;
            }
            int length = bigEndian16(jpeg, at + 2);
            if (length < 2) {
                return NORMAL;
            }
            int data = at + 4;
            if (marker == MARKER_APP1 && startsWith(jpeg, data, EXIF_HEADER)) {
                int tiff = data + EXIF_HEADER.length;
                return orientationInTiff(jpeg, tiff, Math.min(jpeg.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return NORMAL;
    }

    /** Reads the orientation entry of the first image directory of the TIFF structure in [start, end). */
    private static int orientationInTiff(byte[] b, int start, int end) {
        if (start + 8 > end) {
            return NORMAL;
        }
        boolean little;
        if (b[start] == 'I' && b[start + 1] == 'I') {
            little = true;
        } else if (b[start] == 'M' && b[start + 1] == 'M') {
            little = false;
        } else {
            return NORMAL;
        }
        if (read16(b, start + 2, little) != 42) {
            return NORMAL;
        }
        long directory = start + (read32(b, start + 4, little) & 0xFFFFFFFFL);
        if (directory + 2 > end) {
            return NORMAL;
        }
        int entries = read16(b, (int) directory, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) directory + 2 + i * 12;
            if (entry + 12 > end) {
                return NORMAL;
            }
            if (read16(b, entry, little) == ORIENTATION_TAG) {
                int value = read16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    /** The image turned upright; the same image when {@code orientation} is {@link #NORMAL}. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        // Where each point goes: x' = m00·x + m01·y + m02, y' = m10·x + m11·y + m12, the arguments being
        // (m00, m10, m01, m11, m02, m12). Pixel edges map onto pixel edges, so nothing is blurred.
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);   // mirrored left to right
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);  // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);   // mirrored top to bottom
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);    // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);   // turned a quarter clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);  // transversed
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);   // turned a quarter anticlockwise
            default -> null;
        };
        if (turn == null) {
            return image;
        }
        boolean sideways = orientation >= 5;
        BufferedImage upright = new BufferedImage(sideways ? h : w, sideways ? w : h, image.getType());
        Graphics2D g = upright.createGraphics();
        try {
            g.drawImage(image, turn, null);
        } finally {
            g.dispose();
        }
        return upright;
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (at + prefix.length > b.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int bigEndian16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static int read16(byte[] b, int at, boolean little) {
        return little ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 : bigEndian16(b, at);
    }

    private static int read32(byte[] b, int at, boolean little) {
        return little
                ? (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24
                : (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
