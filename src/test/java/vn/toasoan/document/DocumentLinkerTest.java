package vn.toasoan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Linking mentions of registered documents in article bodies, on a registry of three. */
class DocumentLinkerTest {

    private static final Map<String, DocumentRef> REGISTRY = Map.of(
            "14-KH/DU", ref(1, "14-KH/ĐU", "ke-hoach-14-kh-du-26-02-2021"),
            "5-NQ/TU", ref(2, "05-NQ/TU", "nghi-quyet-05-nq-tu-15-01-2021"),
            "1234/QD-UBND", ref(3, "1234/QĐ-UBND", "quyet-dinh-1234-qd-ubnd-12-05-2023"));

    private final List<String> lookedUp = new ArrayList<>();

    private final Function<String, Optional<DocumentRef>> lookup = symbol -> {
        lookedUp.add(symbol);
        return Optional.ofNullable(REGISTRY.get(DocumentSymbol.keyOf(symbol)));
    };

    private static DocumentRef ref(long id, String symbol, String slug) {
        return new DocumentRef(id, symbol, "Kế hoạch", "Cơ quan", LocalDate.of(2021, 2, 26), "Trích yếu", slug);
    }

    private String link(String html) {
        return DocumentLinker.link(html, lookup);
    }

    @Test
    void linksTheReferenceArticlesMentionsWithoutChangingItsText() {
        String body = "<p>Căn cứ kế hoạch số 14-KH/ĐU ngày 26/02/2021 của Ban Thường vụ.</p>"
                + "<p>bám sát mốc thời gian trong Kế hoạch số 14-KH/ĐU, ngày 26/02/2021 và nhiệm vụ.</p>";
        String linked = link(body);
        var html = Jsoup.parseBodyFragment(linked);
        assertThat(html.select("a").eachText()).containsExactly("kế hoạch số 14-KH/ĐU", "Kế hoạch số 14-KH/ĐU");
        assertThat(html.select("a").eachAttr("href")).containsOnly("/van-ban/ke-hoach-14-kh-du-26-02-2021");
        assertThat(html.select("a").hasClass(DocumentLinker.LINK_CLASS)).isTrue();
        assertThat(html.text()).isEqualTo(Jsoup.parseBodyFragment(body).text());
        assertThat(lookedUp).containsExactly("14-KH/ĐU");
    }

    @Test
    void linksEveryKnownTypeAndSymbolForm() {
        String linked = link("<p>Nghị quyết số 05-NQ/TU, Quyết định số 1234/QĐ-UBND và quyết định 1234/qđ-ubnd;"
                + " NGHỊ QUYẾT SỐ: 05-NQ/TU; Nghị quyết số 5 - NQ/TU.</p>");
        assertThat(Jsoup.parseBodyFragment(linked).select("a").eachText()).containsExactly(
                "Nghị quyết số 05-NQ/TU", "Quyết định số 1234/QĐ-UBND", "quyết định 1234/qđ-ubnd",
                "NGHỊ QUYẾT SỐ: 05-NQ/TU", "Nghị quyết số 5 - NQ/TU");
    }

    @Test
    void leavesUnknownDocumentsBareSymbolsAndSplitMentionsAlone() {
        for (String body : List.of("<p>Kế hoạch số 15-KH/ĐU ngày 01/01/2021</p>", "<p>Theo 14-KH/ĐU đã nêu.</p>",
                "<p>Kế hoạch số <strong>14-KH/ĐU</strong></p>", "<p>Không có văn bản nào.</p>",
                "<p>Xem kế hoạch14-KH/ĐU</p>")) {
            assertThat(link(body)).as(body).isSameAs(body);
        }
    }

    @Test
    void neverLinksInsideLinksOrAttributes() {
        String body = "<p><a href=\"/khac\">Kế hoạch số 14-KH/ĐU</a> và "
                + "<img src=\"/a.jpg\" alt=\"Kế hoạch số 14-KH/ĐU\"> <a href=\"/x\"><em>Nghị quyết số 05-NQ/TU</em></a></p>";
        assertThat(link(body)).isSameAs(body);
        String mixed = "<p><a href=\"/khac\">Kế hoạch số 14-KH/ĐU</a>; Kế hoạch số 14-KH/ĐU</p>";
        var html = Jsoup.parseBodyFragment(link(mixed));
        assertThat(html.select("a").eachAttr("href")).containsExactly("/khac", "/van-ban/ke-hoach-14-kh-du-26-02-2021");
        assertThat(html.select("a a")).isEmpty();
    }

    @Test
    void keepsEscapedMarkupEscaped() {
        String body = "<p>&lt;script&gt;alert(1)&lt;/script&gt; Kế hoạch số 14-KH/ĐU &amp; &lt;b&gt;x&lt;/b&gt;</p>";
        String linked = link(body);
        assertThat(linked).contains("&lt;script&gt;alert(1)&lt;/script&gt; <a ", "&amp; &lt;b&gt;x&lt;/b&gt;")
                .doesNotContain("<script>", "<b>");
        Element a = Jsoup.parseBodyFragment(linked).selectFirst("a");
        assertThat(a.text()).isEqualTo("Kế hoạch số 14-KH/ĐU");
    }

    @Test
    void aSymbolThatLooksLikeMarkupCannotBreakOut() {
        var evil = new DocumentRef(9, "1-KH/TU", "Kế hoạch", "x", LocalDate.of(2020, 1, 1), "x",
                "\"><script>alert(1)</script>");
        String linked = DocumentLinker.link("<p>Kế hoạch số 1-KH/TU</p>", s -> Optional.of(evil));
        assertThat(Jsoup.parseBodyFragment(linked).select("script")).isEmpty();
        assertThat(Jsoup.parseBodyFragment(linked).select("a").attr("href"))
                .isEqualTo("/van-ban/\"><script>alert(1)</script>");
    }

    @Test
    void findsTheDocumentsABodyMentionsLinksIncluded() {
        String body = "<p>Nghị quyết số 05-NQ/TU và <a href=\"/x\">Quyết định số 1234/QĐ-UBND</a>;"
                + " Kế hoạch số 15-KH/ĐU; số 14-KH/ĐU; Nghị quyết số <b>05-NQ/TU</b></p>";
        assertThat(DocumentLinker.mentionedDocuments(body, lookup)).containsExactly(2L, 3L);
        assertThat(DocumentLinker.mentionedDocuments(null, lookup)).isEmpty();
        assertThat(DocumentLinker.mentionedDocuments("<p>Không có gì</p>", lookup)).isEmpty();
    }

    @Test
    void nothingToLinkIsNoWork() {
        assertThat(link(null)).isNull();
        assertThat(link("")).isEmpty();
        assertThat(lookedUp).isEmpty();
    }

    static List<String> naughtyStrings() {
        return DocumentSymbolTest.naughtyStrings();
    }

    @ParameterizedTest
    @MethodSource("naughtyStrings")
    void hostileBodiesNeverThrow(String text) {
        assertThatCode(() -> {
            link(text);
            link("<p>" + text + " Kế hoạch số 14-KH/ĐU " + text + "</p>");
            DocumentLinker.mentionedDocuments(text + " Kế hoạch số 14-KH/ĐU", lookup);
        }).doesNotThrowAnyException();
    }
}
