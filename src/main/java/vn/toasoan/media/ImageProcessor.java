package vn.toasoan.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Transparency;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.springframework.stereotype.Component;

import vn.toasoan.text.VietnameseNumbers;

/**
 * Turns an uploaded picture into what pages publish: its size checked from the header before any pixel is
 * decoded, turned upright, re-encoded without any of the original's metadata (camera, GPS position, thumbnails),
 * and scaled down to each configured width narrower than itself.
 *
 * <p>Pictures with transparent parts stay PNG; everything else becomes a JPEG. A GIF or WebP animation keeps its
 * first frame only.
 */
@Component
class ImageProcessor {

    /** Artefacts hard to see in photographs, at about a tenth of the bitmap's size. */
    private static final float JPEG_QUALITY = 0.85f;
    /** A decoded picture takes 4 bytes a pixel (160 MB at 40 megapixels): a few at a time bound the memory. */
    private static final int DECODED_AT_ONCE = 2;
    private static final long WAIT_SECONDS = 60;

    /** A picture as it will be stored. */
    record Encoded(int width, int height, byte[] bytes) {
    }

    /** The upright re-encoded picture at its own size, and its smaller copies, narrowest first. */
    record ProcessedImage(FileType format, Encoded original, List<Encoded> variants) {
    }

    private final MediaProperties properties;
    private final Semaphore decoding = new Semaphore(DECODED_AT_ONCE, true);

    ImageProcessor(MediaProperties properties) {
        this.properties = properties;
        // ImageIO lists readers once, from the class path it saw first; in the packaged application the WebP reader
        // sits in a nested jar, found through the application's class loader only.
        ImageIO.scanForPlugins();
    }

    /**
     * @param type what the bytes are, as told by {@link ContentSniffer}: one of the image types
     * @throws MediaRejected when the picture is too large or cannot be read
     */
    ProcessedImage process(FileType type, byte[] content) {
        takeTurn();
        try {
            BufferedImage decoded = decode(type, content);
            boolean transparent = hasTransparency(decoded);
            BufferedImage image = workingCopy(decoded, transparent);
            if (type == FileType.JPEG) {
                image = ExifOrientation.apply(image, ExifOrientation.of(content));
            }
            FileType format = transparent ? FileType.PNG : FileType.JPEG;
            Encoded original = new Encoded(image.getWidth(), image.getHeight(), encode(image, format));
            List<Encoded> variants = new ArrayList<>();
            for (int width : properties.sortedWidths()) {
                if (width < image.getWidth()) {
                    int height = (int) Math.max(1, Math.round((double) image.getHeight() * width / image.getWidth()));
                    variants.add(new Encoded(width, height, encode(resize(image, width, height), format)));
                }
            }
            return new ProcessedImage(format, original, variants);
        } finally {
            decoding.release();
        }
    }

    private void takeTurn() {
        try {
            if (!decoding.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new MediaRejected(MediaUpload.FILE, "Máy chủ đang xử lý nhiều ảnh: hãy thử lại sau ít phút");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MediaRejected(MediaUpload.FILE, "Máy chủ đang dừng: hãy thử lại sau ít phút");
        }
    }

    private BufferedImage decode(FileType type, byte[] content) {
        ImageReader reader = readerFor(type);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, true);
            checkPixels(reader.getWidth(0), reader.getHeight(0));
            return reader.read(0);
        } catch (MediaRejected e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Readers throw runtime exceptions too on damaged data; the JDK's JPEG reader refuses CMYK.
            throw new MediaRejected(MediaUpload.FILE, "Không đọc được ảnh: tệp có thể bị hỏng, hoặc là ảnh JPEG hệ"
                    + " màu CMYK (hãy lưu lại với hệ màu RGB)");
        } finally {
            reader.dispose();
        }
    }

    /** Reads only the header: a few bytes may claim a picture too large to hold in memory. */
    private void checkPixels(int width, int height) {
        if (width < 1 || height < 1) {
            throw new MediaRejected(MediaUpload.FILE, "Không đọc được ảnh: kích thước ảnh không hợp lệ");
        }
        if ((long) width * height > properties.maxPixels()) {
            throw new MediaRejected(MediaUpload.FILE, "Ảnh lớn quá: " + VietnameseNumbers.grouped(width) + " × "
                    + VietnameseNumbers.grouped(height) + " điểm ảnh, tối đa "
                    + VietnameseNumbers.grouped(properties.maxPixels()) + " điểm ảnh. Hãy thu nhỏ ảnh rồi tải lên lại");
        }
    }

    private static ImageReader readerFor(FileType type) {
        String format = switch (type) {
            case JPEG -> "jpeg";
            case PNG -> "png";
            case GIF -> "gif";
            case WEBP -> "webp";
            default -> throw new IllegalArgumentException("Not an image type: " + type);
        };
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format);
        }
        return readers.next();
    }

    static boolean hasTransparency(BufferedImage image) {
        ColorModel model = image.getColorModel();
        if (model.getTransparency() == Transparency.OPAQUE) {
            return false;
        }
        WritableRaster alpha = image.getAlphaRaster();
        if (model instanceof IndexColorModel || alpha == null) {
            return true; // a palette with a transparent colour: assume it is used
        }
        // An alpha channel that is opaque everywhere (common in exported PNGs) is no transparency.
        int opaque = (1 << model.getComponentSize(model.getNumComponents() - 1)) - 1;
        int[] row = new int[alpha.getWidth()];
        for (int y = 0; y < alpha.getHeight(); y++) {
            alpha.getSamples(0, y, alpha.getWidth(), 1, 0, row);
            for (int value : row) {
                if (value < opaque) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The picture in a layout that can be turned, scaled and written: 8-bit RGB (or grey, kept as is: converting
     * it would shift its tones), with alpha when transparent.
     */
    private static BufferedImage workingCopy(BufferedImage image, boolean transparent) {
        int type = image.getType();
        if (transparent ? type == BufferedImage.TYPE_INT_ARGB
                : type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_INT_RGB
                        || type == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(),
                transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            if (!transparent) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, copy.getWidth(), copy.getHeight());
            }
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    /**
     * Scales down by halves, then to the exact size: each step smooths over the pixels it merges, where one
     * bilinear step from a large picture would skip most of them and break thin lines and text.
     */
    static BufferedImage resize(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, source.getType());
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Writes the pixels alone: no metadata of the upload can come along. */
    private static byte[] encode(BufferedImage image, FileType format) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format == FileType.JPEG ? "jpeg" : "png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == FileType.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
