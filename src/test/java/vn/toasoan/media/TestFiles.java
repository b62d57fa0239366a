package vn.toasoan.media;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Office files made on the spot (PDF and DOCX come from the document feature's {@code TestFiles}). */
final class TestFiles {

    private TestFiles() {
    }

    static byte[] pdf(String text) {
        return vn.toasoan.document.TestFiles.pdf(text);
    }

    static byte[] docx(String text) {
        return vn.toasoan.document.TestFiles.docx(text);
    }

    static byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Kế hoạch").createRow(0).createCell(0).setCellValue("Số liệu");
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OpenDocument text as the standard lays it out: "mimetype" first and stored, then the content. */
    static byte[] odt() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OLE2 compound file holding one stream, as Word 97–2003 ("WordDocument") or Excel ("Workbook") write. */
    static byte[] ole2(String streamName) {
        try (POIFSFileSystem ole2 = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ole2.createDocument(new ByteArrayInputStream(new byte[600]), streamName);
            ole2.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zip(String entryName) {
        return vn.toasoan.document.TestFiles.zip(entryName);
    }
}
