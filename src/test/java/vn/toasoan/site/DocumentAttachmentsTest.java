package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.toasoan.account.Actor;
import vn.toasoan.document.DocumentDesk;
import vn.toasoan.document.DocumentRef;
import vn.toasoan.document.Documents;
import vn.toasoan.testsupport.TestFiles;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.HtmlValidator;
import vn.toasoan.testsupport.WebClient;

/** Files attached to a document: listed, downloaded as stored, and searchable by their text. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClockConfiguration.class)
class DocumentAttachmentsTest {

    @LocalServerPort
    int port;

    @Autowired
    Documents documents;

    @Autowired
    DocumentDesk documentDesk;

    @Test
    void attachedFilesAreListedDownloadedAndSearchable() {
        DocumentRef plan = documents.bySymbol("01-KH/ĐU").orElseThrow();
        byte[] pdf = TestFiles.pdf("Phan cong to chuc le ky niem ngay thanh lap Dang");
        byte[] docx = TestFiles.docx("Phụ lục: lịch tổ chức các hoạt động kỷ niệm tại các chi bộ trực thuộc");
        long pdfId = documentDesk.attach(Actor.system(), plan.id(), "Kế hoạch 01-KH-ĐU.pdf", pdf);
        long docxId = documentDesk.attach(Actor.system(), plan.id(), "phu-luc.docx", docx);
        WebClient web = new WebClient(port);

        Document page = web.page(plan.url());
        assertThat(page.select(".attachments h2").text()).isEqualTo("Tệp đính kèm");
        assertThat(page.select(".attachment-list a").eachText()).containsExactly("Kế hoạch 01-KH-ĐU.pdf",
                "phu-luc.docx");
        assertThat(page.select(".attachment-list .meta").first().text()).isEqualTo("(PDF, " + pdf.length + " byte)");
        assertThat(HtmlValidator.get().errors(web.get(plan.url()).body())).isEmpty();

        String pdfUrl = plan.url() + "/tep/" + pdfId;
        assertThat(page.select(".attachment-list a").eachAttr("href")).containsExactly(pdfUrl,
                plan.url() + "/tep/" + docxId);
        HttpResponse<byte[]> download = web.getBytes(pdfUrl);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .startsWith("attachment;").contains("filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%2001-KH-%C4%90U.pdf"));
        assertThat(web.getBytes(plan.url() + "/tep/" + docxId).body()).isEqualTo(docx);

        for (String phrase : List.of("le ky niem ngay thanh lap", "chi bộ trực thuộc", "chi bo truc thuoc")) {
            Document found = web.page("/van-ban?q=" + URLEncoder.encode(phrase, StandardCharsets.UTF_8));
            assertThat(found.select(".doc-table tbody td:first-child a").eachText()).as(phrase)
                    .containsExactly("01-KH/ĐU");
        }
        assertThat(documents.attachmentText(docxId)).hasValue(
                "Phụ lục: lịch tổ chức các hoạt động kỷ niệm tại các chi bộ trực thuộc");
    }

    @Test
    void missingFilesAnswer404() {
        DocumentRef plan = documents.bySymbol("14-KH/ĐU").orElseThrow();
        long id = documentDesk.attach(Actor.system(), plan.id(), "a.pdf", TestFiles.pdf("x"));
        WebClient web = new WebClient(port);
        String other = documents.bySymbol("05-NQ/TU").orElseThrow().url();
        for (String path : List.of(other + "/tep/" + id, plan.url() + "/tep/999999", plan.url() + "/tep/abc",
                "/van-ban/khong-co/tep/" + id, plan.url() + "/tep/" + "9".repeat(30))) {
            assertThat(web.get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void badFilesChangeNothing() {
        DocumentRef plan = documents.bySymbol("42/2022/NĐ-CP").orElseThrow();
        assertThatThrownBy(() -> documentDesk.attach(Actor.system(), plan.id(), "nghi-dinh.pdf",
                "MZ".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("Chỉ nhận tệp PDF hoặc Word (.docx)");
        assertThatThrownBy(() -> documentDesk.attach(Actor.system(), plan.id(), "nghi-dinh.pdf",
                TestFiles.lockedPdf("x")))
                .hasMessageStartingWith("Tệp PDF có mật khẩu");
        assertThatThrownBy(() -> documentDesk.attach(Actor.system(), 999_999, "a.pdf", TestFiles.pdf("x")))
                .hasMessage("Không tìm thấy văn bản 999999 (có thể đã bị xóa).");
        assertThat(documents.attachments(plan.id())).isEmpty();
        assertThat(new WebClient(port).page(plan.url()).select(".attachments")).isEmpty();
    }
}
