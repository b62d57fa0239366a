package vn.toasoan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.toasoan.testsupport.TestFiles;

/** What an attached file is comes from its bytes; its text comes out of it, or a clear refusal. */
class AttachmentFilesTest {

    @Test
    void readsTheTextOfAPdf() {
        byte[] pdf = TestFiles.pdf("Ke hoach trien khai chuyen doi so nam 2021");
        assertThat(AttachmentFiles.kindOf("ke-hoach.PDF", pdf)).isEqualTo(AttachmentFiles.Kind.PDF);
        assertThat(AttachmentFiles.text(AttachmentFiles.Kind.PDF, pdf))
                .isEqualTo("Ke hoach trien khai chuyen doi so nam 2021");
    }

    @Test
    void readsTheVietnameseTextOfADocx() {
        byte[] docx = TestFiles.docx("Kế hoạch số 14-KH/ĐU", "Phát huy vai trò lãnh đạo của cấp ủy đảng");
        assertThat(AttachmentFiles.kindOf("Kế hoạch.docx", docx)).isEqualTo(AttachmentFiles.Kind.DOCX);
        assertThat(AttachmentFiles.text(AttachmentFiles.Kind.DOCX, docx))
                .isEqualTo("Kế hoạch số 14-KH/ĐU\nPhát huy vai trò lãnh đạo của cấp ủy đảng");
    }

    @Test
    void refusesWhatIsNotAPdfOrDocxWhateverItsName() {
        assertThatThrownBy(() -> AttachmentFiles.kindOf("a.pdf", new byte[0])).hasMessage("Tệp đính kèm trống");
        assertThatThrownBy(() -> AttachmentFiles.kindOf("a.pdf", "<html>".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("Chỉ nhận tệp PDF hoặc Word (.docx)");
        assertThatThrownBy(() -> AttachmentFiles.kindOf("a.docx", TestFiles.zip("xl/workbook.xml")))
                .hasMessage("Chỉ nhận tệp PDF hoặc Word (.docx)");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertThatThrownBy(() -> AttachmentFiles.kindOf("a.doc", ole2)).hasMessageStartingWith("Tệp Word 97–2003");
        assertThatThrownBy(() -> AttachmentFiles.kindOf("a.exe", "MZ\u0090".getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessage("Chỉ nhận tệp PDF hoặc Word (.docx)");
    }

    @Test
    void refusesANameThatLiesAboutTheContent() {
        assertThatThrownBy(() -> AttachmentFiles.kindOf("ke-hoach.docx", TestFiles.pdf("x")))
                .hasMessage("Tên tệp phải có đuôi .pdf đúng với nội dung của tệp");
        assertThatThrownBy(() -> AttachmentFiles.kindOf("ke-hoach.pdf.exe", TestFiles.pdf("x")))
                .hasMessage("Tên tệp phải có đuôi .pdf đúng với nội dung của tệp");
        assertThatThrownBy(() -> AttachmentFiles.kindOf(null, TestFiles.docx("x")))
                .hasMessage("Tên tệp phải có đuôi .docx đúng với nội dung của tệp");
    }

    @Test
    void refusesFilesTooLargeDamagedOrLocked() {
        byte[] huge = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), AttachmentFiles.MAX_BYTES + 1);
        assertThatThrownBy(() -> AttachmentFiles.kindOf("a.pdf", huge)).hasMessage("Tệp đính kèm lớn quá 20 MB");
        byte[] damaged = "%PDF-1.4\nkhông phải PDF".getBytes(StandardCharsets.UTF_8);
        assertThat(AttachmentFiles.kindOf("a.pdf", damaged)).isEqualTo(AttachmentFiles.Kind.PDF);
        assertThatThrownBy(() -> AttachmentFiles.text(AttachmentFiles.Kind.PDF, damaged))
                .hasMessage("Không đọc được tệp: tệp có thể bị hỏng");
        byte[] brokenDocx = Arrays.copyOf(TestFiles.docx("x"), 200);
        assertThatThrownBy(() -> AttachmentFiles.text(AttachmentFiles.Kind.DOCX, TestFiles.zip("word/document.xml")))
                .hasMessage("Không đọc được tệp: tệp có thể bị hỏng");
        assertThatCode(() -> AttachmentFiles.kindOf("a.docx", brokenDocx)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttachmentFiles.text(AttachmentFiles.Kind.PDF, TestFiles.lockedPdf("bi mat")))
                .hasMessage("Tệp PDF có mật khẩu: hãy đính kèm bản không khóa");
    }

    @Test
    void namesAreKeptWithoutFoldersOrControlCharacters() {
        assertThat(AttachmentFiles.safeName("C:\\Users\\x\\Kế hoạch 14.pdf", AttachmentFiles.Kind.PDF))
                .isEqualTo("Kế hoạch 14.pdf");
        assertThat(AttachmentFiles.safeName("../../etc/passwd\u202E.pdf", AttachmentFiles.Kind.PDF))
                .isEqualTo("passwd.pdf");
        assertThat(AttachmentFiles.safeName("\".pdf", AttachmentFiles.Kind.PDF)).isEqualTo("tep-dinh-kem.pdf");
        assertThat(AttachmentFiles.safeName("x".repeat(300) + ".docx", AttachmentFiles.Kind.DOCX))
                .hasSize(200).endsWith(".docx");
    }

    static java.util.List<String> naughtyStrings() {
        return DocumentSymbolTest.naughtyStrings();
    }

    @ParameterizedTest
    @MethodSource("naughtyStrings")
    void hostileNamesAndBytesAreRefusedOrSafe(String text) {
        assertThatCode(() -> {
            String name = AttachmentFiles.safeName(text, AttachmentFiles.Kind.PDF);
            assertThat(name).endsWith(".pdf").doesNotContain("/", "\\", "\"").hasSizeLessThanOrEqualTo(200);
            try {
                AttachmentFiles.kindOf(text, text.getBytes(StandardCharsets.UTF_8));
            } catch (IllegalArgumentException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }).doesNotThrowAnyException();
    }
}
