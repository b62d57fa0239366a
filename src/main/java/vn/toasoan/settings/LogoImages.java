package vn.toasoan.settings;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import vn.toasoan.failure.InvalidInput;

/**
 * Turns an uploaded logo into a PNG we drew ourselves: only PNG and JPEG are read (recognised by their content,
 * not their name), and only the pixels are kept, so nothing hidden in the file (scripts in an SVG, metadata, a
 * polyglot) reaches a reader. SVG is refused: sanitising it safely is harder than asking for a PNG.
 */
final class LogoImages {

    /** Below Spring's default upload limit (1 MB), so a refused file gets our message, not a bare error. */
    static final int MAX_BYTES = 1_000_000;
    static final int MAX_SOURCE_PIXELS = 40_000_000;
    /** Large enough for a sharp 64-pixel header emblem on a 4× screen. */
    static final int MAX_SIDE = 512;

    record Logo(byte[] png, int width, int height) {
    }

    private LogoImages() {
    }

    static Logo reencode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInput("logo", "Hãy chọn một tệp ảnh PNG hoặc JPEG.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInput("logo", "Ảnh quá lớn: tối đa 1 MB.");
        }
        String format = format(bytes);
        if (format == null) {
            throw new InvalidInput("logo", looksLikeSvg(bytes)
                    ? "Không nhận ảnh SVG (có thể chứa mã chạy được): hãy tải lên ảnh PNG hoặc JPEG."
                    : "Chỉ nhận ảnh PNG hoặc JPEG.");
        }
        BufferedImage source = read(bytes, format);
        double scale = Math.min(1.0, (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage drawn = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = drawn.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(drawn, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("PNG encoding failed", e);
        }
        return new Logo(out.toByteArray(), width, height);
    }

    private static String format(byte[] b) {
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        return null;
    }

    private static boolean looksLikeSvg(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        return start.contains("<svg");
    }

    /** Reads the size before the pixels, so a small file claiming a huge image cannot exhaust memory. */
    private static BufferedImage read(byte[] bytes, String format) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new IllegalStateException("No ImageIO reader for " + format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_SOURCE_PIXELS) {
                    throw new InvalidInput("logo", "Ảnh quá lớn: tối đa 40 triệu điểm ảnh.");
                }
                BufferedImage image = reader.read(0);
                if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                    throw new InvalidInput("logo", "Không đọc được ảnh: tệp có thể bị hỏng.");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw new InvalidInput("logo", "Không đọc được ảnh: tệp có thể bị hỏng.");
        }
    }
}
