package vn.toasoan.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import vn.toasoan.text.VietnameseText;

/**
 * What an attached file really is, decided from its bytes rather than its name or the browser's word, and the
 * text inside it. Only PDF and DOCX are taken: they are what offices publish, and each has a well-kept reader.
 */
final class AttachmentFiles {

    /** Large enough for a scanned plan of a few dozen pages, small enough to keep in memory while checking. */
    static final int MAX_BYTES = 20 * 1024 * 1024;
    /** Extracted text beyond this is dropped: it fits the column and is far more than any search needs. */
    static final int MAX_TEXT = 500_000;

    enum Kind {
        PDF("application/pdf", ".pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");

        final String contentType;
        final String extension;

        Kind(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1};

    private AttachmentFiles() {
    }

    /**
     * The kind of file {@code content} is.
     *
     * @throws IllegalArgumentException with a message for the editor when the file is empty, too large, not a
     *     PDF or DOCX, or named as another kind than it is
     */
    static Kind kindOf(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new IllegalArgumentException("Tệp đính kèm trống");
        }
        if (content.length > MAX_BYTES) {
            throw new IllegalArgumentException("Tệp đính kèm lớn quá " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        Kind kind;
        if (startsWith(content, PDF_MAGIC)) {
            kind = Kind.PDF;
        } else if (startsWith(content, ZIP_MAGIC) && isWordDocument(content)) {
            kind = Kind.DOCX;
        } else if (startsWith(content, OLE2_MAGIC)) {
            throw new IllegalArgumentException("Tệp Word 97–2003 (.doc) chưa được nhận: hãy lưu thành .docx hoặc PDF");
        } else {
            throw new IllegalArgumentException("Chỉ nhận tệp PDF hoặc Word (.docx)");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (!name.endsWith(kind.extension)) {
            throw new IllegalArgumentException("Tên tệp phải có đuôi " + kind.extension + " đúng với nội dung của tệp");
        }
        return kind;
    }

    /**
     * The text of a checked file, NFC, at most {@link #MAX_TEXT} characters.
     *
     * @throws IllegalArgumentException when the file cannot be read (damaged, or locked by a password)
     */
    static String text(Kind kind, byte[] content) {
        String text;
        try {
            text = kind == Kind.PDF ? pdfText(content) : docxText(content);
        } catch (InvalidPasswordException e) {
            throw new IllegalArgumentException("Tệp PDF có mật khẩu: hãy đính kèm bản không khóa", e);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("Không đọc được tệp: tệp có thể bị hỏng", e);
        }
        String nfc = VietnameseText.nfc(text).strip();
        return nfc.length() > MAX_TEXT ? nfc.substring(0, MAX_TEXT) : nfc;
    }

    /** A name safe to store and to send back: no folders, no control characters, not too long. */
    static String safeName(String fileName, Kind kind) {
        String name = VietnameseText.nfc(fileName == null ? "" : fileName);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "").strip();
        if (!name.toLowerCase(Locale.ROOT).endsWith(kind.extension)) {
            name = name + kind.extension;
        }
        if (name.length() > 200) {
            String kept = name.substring(0, 200 - kind.extension.length());
            // Never keep half of a character written with two UTF-16 units (emoji, rare CJK).
            if (Character.isHighSurrogate(kept.charAt(kept.length() - 1))) {
                kept = kept.substring(0, kept.length() - 1);
            }
            name = kept + kind.extension;
        }
        return name.length() <= kind.extension.length() ? "tep-dinh-kem" + kind.extension : name;
    }

    private static String pdfText(byte[] content) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static String docxText(byte[] content) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return extractor.getText();
        }
    }

    /** A DOCX is a ZIP holding word/document.xml; other ZIPs (XLSX, archives) are not. */
    private static boolean isWordDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
