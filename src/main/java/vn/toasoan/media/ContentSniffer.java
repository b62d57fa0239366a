package vn.toasoan.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a file is, told from its bytes: the name and the browser's content type are chosen by whoever uploads, so
 * neither decides anything. Office files are containers (zip or OLE2); they are told apart by the entries inside,
 * read from the zip's central directory without inflating anything, so a zip bomb costs nothing here.
 */
final class ContentSniffer {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    /** OpenDocument puts this entry first and uncompressed, so its type can be read at a fixed place. */
    private static final byte[] ODT_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument.text"
            .getBytes(StandardCharsets.US_ASCII);

    private static final int ZIP_END_RECORD = 0x06054b50;
    private static final int ZIP_CENTRAL_HEADER = 0x02014b50;
    private static final int ZIP_END_RECORD_SIZE = 22;

    private ContentSniffer() {
    }

    /**
     * The type of {@code content}, or empty when it is none the newsroom takes.
     *
     * @throws MediaRejected when the file is an Office document locked with a password, which could never be opened
     *     by readers
     */
    static Optional<FileType> sniff(byte[] content) {
        if (startsWith(content, 0, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(content, 0, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(content, 0, GIF87) || startsWith(content, 0, GIF89)) {
            return Optional.of(FileType.GIF);
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP)) {
            return Optional.of(FileType.WEBP);
        }
        if (startsWith(content, 0, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(content, 0, ZIP)) {
            return zipType(content);
        }
        if (startsWith(content, 0, OLE2)) {
            return ole2Type(content);
        }
        return Optional.empty();
    }

    private static Optional<FileType> zipType(byte[] content) {
        // Local header: name length at 26, extra length at 28, name at 30, then (stored) data.
        if (content.length > 30 && u16(content, 26) == 8 && u16(content, 28) == 0
                && startsWith(content, 30, ODT_MIMETYPE)) {
            return Optional.of(FileType.ODT);
        }
        List<String> names = zipEntryNames(content);
        if (names.contains("word/document.xml")) {
            return Optional.of(FileType.DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(FileType.XLSX);
        }
        return Optional.empty();
    }

    /** Entry names from the central directory at the end of the zip; empty when it is damaged or zip64. */
    static List<String> zipEntryNames(byte[] zip) {
        int end = -1;
        for (int i = zip.length - ZIP_END_RECORD_SIZE; i >= Math.max(0, zip.length - ZIP_END_RECORD_SIZE - 0xFFFF);
                i--) {
            if (u32(zip, i) == ZIP_END_RECORD) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return List.of();
        }
        int entries = u16(zip, end + 10);
        long offset = u32(zip, end + 16) & 0xFFFFFFFFL;
        List<String> names = new ArrayList<>();
        int at = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int n = 0; n < entries; n++) {
            if (at < 0 || at + 46 > zip.length || u32(zip, at) != ZIP_CENTRAL_HEADER) {
                return List.of();
            }
            int nameLength = u16(zip, at + 28);
            int next = at + 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
            if (at + 46 + nameLength > zip.length) {
                return List.of();
            }
            names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
            at = next;
        }
        return names;
    }

    private static Optional<FileType> ole2Type(byte[] content) {
        boolean encrypted;
        boolean word;
        try (POIFSFileSystem ole2 = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = ole2.getRoot();
            // Word, Excel and PowerPoint files saved with a password are OLE2 boxes around the encrypted package.
            encrypted = root.hasEntryCaseInsensitive("EncryptedPackage");
            word = root.hasEntryCaseInsensitive("WordDocument");
        } catch (IOException | RuntimeException e) {
            // Damaged, or not an OLE2 file after all: it is none of ours.
            return Optional.empty();
        }
        if (encrypted) {
            throw new MediaRejected(MediaUpload.FILE, "Tệp có mật khẩu: hãy tải lên bản không khóa để bạn đọc mở được");
        }
        return word ? Optional.of(FileType.DOC) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u16(byte[] b, int at) {
        return at < 0 || at + 2 > b.length ? -1 : (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int u32(byte[] b, int at) {
        return at < 0 || at + 4 > b.length ? 0
                : (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
