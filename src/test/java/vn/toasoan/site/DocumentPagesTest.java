package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.toasoan.account.Actor;
import vn.toasoan.document.DocumentDesk;
import vn.toasoan.document.Documents;
import vn.toasoan.document.NewDocument;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.HtmlValidator;
import vn.toasoan.testsupport.WebClient;

/** The document list with its filters, and a document page with the articles citing it, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClockConfiguration.class)
class DocumentPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    Documents documents;

    @Autowired
    DocumentDesk documentDesk;

    private WebClient web() {
        return new WebClient(port);
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private long total() {
        return documents.search(vn.toasoan.document.DocumentFilter.NONE, 1, 1).total();
    }

    private List<String> symbols(String path) {
        return web().page(path).select(".doc-table tbody td:first-child a").eachText();
    }

    @Test
    void listShowsEveryDocumentNewestFirst() {
        Document page = web().page("/van-ban");
        // Tests sharing this application context add documents of their own.
        assertThat(page.select(".result-count").text()).isEqualTo("Có " + total() + " văn bản.");
        assertThat(symbols("/van-ban")).containsSubsequence("123/UBND-VP", "12-HD/ĐU", "1234/QĐ-UBND", "42/2022/NĐ-CP",
                "02-CT/ĐU", "14-KH/ĐU", "05-NQ/TU", "01-KH/ĐU");
        assertThat(page.select("#loc-loai option").eachText()).startsWith("Tất cả", "Chỉ thị", "Công văn");
    }

    @Test
    void textWithoutTonesFindsTheDocumentsWithThem() {
        assertThat(symbols("/van-ban?q=" + q("ke hoach"))).containsExactly("14-KH/ĐU", "01-KH/ĐU");
        assertThat(symbols("/van-ban?q=" + q("14-KH/ĐU"))).containsExactly("14-KH/ĐU");
        Document none = web().page("/van-ban?q=" + q("không có chữ này"));
        assertThat(none.select(".result-count").text()).isEqualTo("Tìm thấy 0 văn bản.");
        assertThat(none.select(".empty").text()).startsWith("Không có văn bản nào khớp");
        assertThat(none.select("#loc-q").val()).isEqualTo("không có chữ này");
    }

    @Test
    void typeIssuerAndYearNarrowTheList() {
        assertThat(symbols("/van-ban?loai=" + q("Nghị định"))).containsExactly("42/2022/NĐ-CP");
        assertThat(symbols("/van-ban?co-quan=" + q("Ủy ban nhân dân tỉnh"))).containsExactly("123/UBND-VP",
                "1234/QĐ-UBND");
        assertThat(symbols("/van-ban?nam=2022")).containsExactly("42/2022/NĐ-CP", "02-CT/ĐU");
        assertThat(symbols("/van-ban?nam=2021&loai=" + q("Kế hoạch"))).containsExactly("14-KH/ĐU", "01-KH/ĐU");
        Document page = web().page("/van-ban?nam=2021&loai=" + q("Kế hoạch"));
        assertThat(page.select("#loc-nam option[selected]").text()).isEqualTo("2021");
        assertThat(page.select("#loc-loai option[selected]").text()).isEqualTo("Kế hoạch");
        // The unfiltered list is not answered from a cached filtered one, nor the other way round.
        assertThat(symbols("/van-ban")).hasSize((int) Math.min(total(), DocumentPagesController.PAGE_SIZE));
    }

    @Test
    void badFilterValuesAnswerAPageNeverAnError() {
        for (String path : List.of("/van-ban?nam=abc", "/van-ban?nam=99999", "/van-ban?q=" + q("x".repeat(2_000)),
                "/van-ban?q=" + q("<script>alert(1)</script>"), "/van-ban?q=" + q("100% _ \\ ' \" ;--"),
                "/van-ban?loai=" + q("'; DROP TABLE document; --"), "/van-ban?q=" + q("😀 ̀ \u202E"))) {
            HttpResponse<String> response = web().get(path);
            String name = path.substring(0, Math.min(path.length(), 60));
            assertThat(response.statusCode()).as(name).isEqualTo(200);
            assertThat(response.body()).as(name).doesNotContain("<script>alert(1)");
        }
        assertThat(symbols("/van-ban?nam=abc")).hasSize((int) Math.min(total(), DocumentPagesController.PAGE_SIZE));
        assertThat(web().get("/van-ban?trang=0").statusCode()).isEqualTo(404);
        assertThat(web().get("/van-ban?trang=9").statusCode()).isEqualTo(404);
    }

    @Test
    void filteredListsArePagedKeepingTheirFilters() {
        for (int i = 1; i <= 25; i++) {
            documentDesk.create(Actor.system(), new NewDocument(i + "-TB/VPTU", null, null, null, null, null,
                    "Văn phòng Tỉnh ủy", LocalDate.of(2019, 1, 1).plusDays(i), null, "Thông báo kết luận số " + i,
                    null));
        }
        String filtered = "/van-ban?co-quan=" + q("Văn phòng Tỉnh ủy");
        Document first = web().page(filtered);
        assertThat(first.select(".doc-table tbody tr")).hasSize(DocumentPagesController.PAGE_SIZE);
        assertThat(first.select(".pagination span").text()).isEqualTo("Trang 1 / 2");
        String next = first.select(".pagination a[rel=next]").attr("href");
        assertThat(next).isEqualTo("/van-ban?co-quan=V%C4%83n%20ph%C3%B2ng%20T%E1%BB%89nh%20%E1%BB%A7y&trang=2");
        Document second = web().page(next);
        assertThat(second.select(".doc-table tbody td:first-child a").eachText()).containsExactly("5-TB/VPTU",
                "4-TB/VPTU", "3-TB/VPTU", "2-TB/VPTU", "1-TB/VPTU");
        assertThat(second.select(".pagination a[rel=prev]").attr("href")).isEqualTo(filtered.replace("+", "%20")
                .replace("Văn phòng Tỉnh ủy", "V%C4%83n%20ph%C3%B2ng%20T%E1%BB%89nh%20%E1%BB%A7y")
                .replace(q("Văn phòng Tỉnh ủy"), "V%C4%83n%20ph%C3%B2ng%20T%E1%BB%89nh%20%E1%BB%A7y"));
    }

    @Test
    void documentPageListsTheArticlesThatCiteIt() {
        String url = documents.bySymbol("14-KH/ĐU").orElseThrow().url();
        Document page = web().page(url);
        assertThat(page.select("h1").text()).isEqualTo("Kế hoạch số 14-KH/ĐU");
        assertThat(page.select(".citing h2").text()).isEqualTo("Bài viết trích dẫn");
        assertThat(page.select(".citing .card-title a").eachText()).containsExactly(PublicSiteTest.REFERENCE_TITLE);
        Document uncited = web().page(documents.bySymbol("42/2022/NĐ-CP").orElseThrow().url());
        assertThat(uncited.select(".citing p").text()).isEqualTo("Chưa có bài viết nào trích dẫn văn bản này.");
        assertThat(uncited.select(".doc-facts dd").eachText()).contains("Nghị định", "Chính phủ", "24/06/2022",
                "15/08/2022");
    }

    @Test
    void filteredAndEmptyListsAreValidHtml() {
        for (String path : List.of("/van-ban?q=" + q("ke hoach") + "&nam=2021", "/van-ban?q=" + q("không có"),
                documents.bySymbol("42/2022/NĐ-CP").orElseThrow().url())) {
            assertThat(HtmlValidator.get().errors(web().get(path).body())).as(path).isEmpty();
        }
    }
}
