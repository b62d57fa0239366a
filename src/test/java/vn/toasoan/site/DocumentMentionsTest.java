package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import vn.toasoan.account.Actor;
import vn.toasoan.article.ArticleDesk;
import vn.toasoan.article.ArticleKind;
import vn.toasoan.article.ArticleStatus;
import vn.toasoan.article.Articles;
import vn.toasoan.article.NewArticle;
import vn.toasoan.category.Categories;
import vn.toasoan.document.DocumentDesk;
import vn.toasoan.document.Documents;
import vn.toasoan.document.NewDocument;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.MutableClock;
import vn.toasoan.testsupport.WebClient;

/** An article's mentions of registered documents open them, over HTTP, with the page cache on. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FixedClockConfiguration.class)
class DocumentMentionsTest {

    @LocalServerPort
    int port;

    @Autowired
    Articles articles;

    @Autowired
    ArticleDesk desk;

    @Autowired
    Categories categories;

    @Autowired
    Documents documents;

    @Autowired
    DocumentDesk documentDesk;

    @Autowired
    MutableClock clock;

    @Test
    void referenceArticleLinksBothMentionsOfItsPlan() {
        WebClient web = new WebClient(port);
        Document home = web.page("/");
        String url = home.select(".lead-title a").attr("href");
        Document page = web.page(url);
        String plan = documents.bySymbol("14-KH/ĐU").orElseThrow().url();
        assertThat(page.select(".article-body a.doc-mention").eachText())
                .containsExactly("kế hoạch số 14-KH/ĐU", "Kế hoạch số 14-KH/ĐU");
        assertThat(page.select(".article-body a.doc-mention").eachAttr("href")).containsOnly(plan);
        assertThat(web.page(plan).select("h1").text()).isEqualTo("Kế hoạch số 14-KH/ĐU");
        assertThat(web.page(url + "/ban-in").select(".article-body a.doc-mention")).hasSize(2);
        long id = Long.parseLong(url.substring(url.lastIndexOf('-') + 1));
        assertThat(articles.visible(id).orElseThrow().bodyHtml()).doesNotContain("doc-mention", "<a ");
    }

    @Test
    void aDocumentRegisteredAfterTheArticleIsLinkedFromThen() {
        long category = categories.bySlug("xay-dung-dang").orElseThrow().id();
        long id = desk.createAs(Actor.system(), new NewArticle(ArticleKind.ARTICLE, category, "Quán triệt chỉ thị mới",
                null, null, "<p>Thực hiện Chỉ thị số 07-CT/TU của Ban Thường vụ Tỉnh ủy, các chi bộ"
                        + " <a href=\"/trang/lien-he\">Chỉ thị số 07-CT/TU</a> triển khai.</p>", null, "Phóng viên",
                false, null), ArticleStatus.PUBLISHED, clock.instant().minus(Duration.ofHours(1)));
        WebClient web = new WebClient(port);
        String url = articles.visible(id).orElseThrow().url();
        assertThat(web.page(url).select(".article-body a.doc-mention")).isEmpty();

        documentDesk.create(Actor.system(), new NewDocument("07-CT/TU", null, null, null, null, null,
                "Ban Thường vụ Tỉnh ủy", LocalDate.of(2026, 4, 1), null,
                "Về tăng cường sự lãnh đạo của Đảng đối với công tác dân vận", null));

        Document page = web.page(url);
        assertThat(page.select(".article-body a.doc-mention").eachText()).containsExactly("Chỉ thị số 07-CT/TU");
        String directive = documents.bySymbol("07-CT/TU").orElseThrow().url();
        assertThat(page.select(".article-body a").eachAttr("href")).containsExactly(directive, "/trang/lien-he");
        assertThat(web.page(directive).select(".citing .card-title a").eachText())
                .containsExactly("Quán triệt chỉ thị mới");
    }

    @Test
    void documentPageListsPublishedArticlesThatMentionIt() {
        long category = categories.bySlug("xay-dung-dang").orElseThrow().id();
        long published = desk.createAs(Actor.system(), new NewArticle(ArticleKind.ARTICLE, category,
                "Chuyển đổi số trong Đảng bộ", null, null,
                "<p>Triển khai <em>Nghị quyết số 5-NQ/TU</em> về chuyển đổi số.</p>", null, null, false, null),
                ArticleStatus.PUBLISHED, clock.instant().minus(Duration.ofHours(2)));
        desk.create(Actor.system(), new NewArticle(ArticleKind.ARTICLE, category, "Bản nháp chưa đăng", null, null,
                "<p>Nghị quyết số 05-NQ/TU</p>", null, null, false, null));
        long elsewhere = desk.createAs(Actor.system(), new NewArticle(ArticleKind.ARTICLE, category,
                "Chỉ nhắc số hiệu", null, null, "<p>Số 05-NQ/TU không kèm loại văn bản.</p>", null, null, false, null),
                ArticleStatus.PUBLISHED, clock.instant().minus(Duration.ofHours(3)));

        Document page = new WebClient(port).page(documents.bySymbol("05-NQ/TU").orElseThrow().url());
        assertThat(page.select(".citing .card-title a").eachText()).containsExactly("Chuyển đổi số trong Đảng bộ");
    }
}
