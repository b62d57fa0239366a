package vn.toasoan.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.toasoan.testsupport.TestFiles;

/** What a file is comes from its first bytes (and for Office files the entries inside), never from its name. */
class ContentSnifferTest {

    @Test
    void recognisesRealImages() {
        assertThat(ContentSniffer.sniff(TestImages.jpeg(20, 10))).contains(FileType.JPEG);
        assertThat(ContentSniffer.sniff(TestImages.png(20, 10))).contains(FileType.PNG);
        assertThat(ContentSniffer.sniff(TestImages.gif(20, 10))).contains(FileType.GIF);
        assertThat(ContentSniffer.sniff(TestImages.WEBP_LOSSLESS)).contains(FileType.WEBP);
        assertThat(ContentSniffer.sniff(TestImages.WEBP_LOSSY)).contains(FileType.WEBP);
    }

    @Test
    void recognisesOfficeFilesByWhatIsInside() {
        assertThat(ContentSniffer.sniff(TestFiles.pdf("Ke hoach so 14"))).contains(FileType.PDF);
        assertThat(ContentSniffer.sniff(TestFiles.docx("Kế hoạch số 14-KH/ĐU"))).contains(FileType.DOCX);
        assertThat(ContentSniffer.sniff(TestFiles.xlsx())).contains(FileType.XLSX);
        assertThat(ContentSniffer.sniff(TestFiles.odt())).contains(FileType.ODT);
        assertThat(ContentSniffer.sniff(TestFiles.ole2("WordDocument"))).contains(FileType.DOC);
    }

    @Test
    void listsTheEntriesOfAZipFromItsCentralDirectory() {
        assertThat(ContentSniffer.zipEntryNames(TestFiles.odt())).containsExactly("mimetype", "content.xml");
        assertThat(ContentSniffer.zipEntryNames(TestFiles.docx("x")))
                .contains("word/document.xml", "[Content_Types].xml");
        assertThat(ContentSniffer.zipEntryNames("PK\u0003\u0004 cut short".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
    }

    @Test
    void refusesEverythingElseWhateverItsName() {
        assertThat(ContentSniffer.sniff(new byte[0])).isEmpty();
        assertThat(ContentSniffer.sniff("MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(ContentSniffer.sniff("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ContentSniffer.sniff("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(ContentSniffer.sniff(TestFiles.zip("payload.exe"))).isEmpty();
        assertThat(ContentSniffer.sniff(TestFiles.zip("ppt/presentation.xml"))).isEmpty();
        assertThat(ContentSniffer.sniff(TestFiles.ole2("Workbook"))).as("Excel 97-2003").isEmpty();
        assertThat(ContentSniffer.sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        byte[] damagedOle2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(ContentSniffer.sniff(damagedOle2)).isEmpty();
    }

    @Test
    void refusesOfficeFilesLockedWithAPassword() {
        assertThatThrownBy(() -> ContentSniffer.sniff(TestFiles.ole2("EncryptedPackage")))
                .isInstanceOf(MediaRejected.class)
                .hasMessage("Tệp có mật khẩu: hãy tải lên bản không khóa để bạn đọc mở được")
                .extracting(e -> ((MediaRejected) e).field()).isEqualTo("file");
    }

    @Test
    void anImageTypeOnlyFromTheFirstBytes() {
        byte[] jpegInTheMiddle = new byte[100];
        System.arraycopy(TestImages.jpeg(4, 4), 0, jpegInTheMiddle, 10, 50);
        assertThat(ContentSniffer.sniff(jpegInTheMiddle)).isEqualTo(Optional.empty());
    }
}
