package vn.toasoan.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.toasoan.account.Actor;
import vn.toasoan.category.Categories;
import vn.toasoan.category.CategoryChange;
import vn.toasoan.document.DocumentDesk;
import vn.toasoan.document.Documents;
import vn.toasoan.document.NewDocument;
import vn.toasoan.failure.InvalidInput;
import vn.toasoan.failure.NotFound;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.ModuleTest;
import vn.toasoan.testsupport.MutableClock;

/** Articles against a real database: H2 by default, PostgreSQL in CI's second pass. */
@ModuleTest
@TestPropertySource(properties = "spring.application.name=articles-test")
@Import(FixedClockConfiguration.class)
class ArticlesTest {

    @Autowired
    Articles articles;

    @Autowired
    Categories categories;

    @Autowired
    Documents documents;

    @Autowired
    DocumentDesk documentDesk;

    @Autowired
    ArticleDesk desk;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    ArticleTagRepository tags;

    static final Actor SYSTEM = Actor.system();

    long category;

    @BeforeEach
    void newCategory() {
        clock.set(FixedClockConfiguration.START);
        String slug = "cm-" + UUID.randomUUID();
        category = categories.create(SYSTEM, new CategoryChange("Chuyên mục thử", slug, null, null, true));
    }

    @Test
    void textIsStoredInNfcWithASlugWithoutDiacriticsAndASanitisedBody() {
        String decomposed = Normalizer.normalize("Hội nghị Ban Chấp hành Đảng bộ", Normalizer.Form.NFD);
        long id = publishNow(decomposed, "<p onclick=\"x()\">Nội dung<script>alert(1)</script></p>");
        Article article = articles.visible(id).orElseThrow();
        assertThat(article.title()).isEqualTo("Hội nghị Ban Chấp hành Đảng bộ").isNotEqualTo(decomposed);
        assertThat(article.slug()).isEqualTo("hoi-nghi-ban-chap-hanh-dang-bo");
        assertThat(article.bodyHtml()).isEqualTo("<p>Nội dung</p>");
        assertThat(article.url()).isEqualTo("/tin-tuc/hoi-nghi-ban-chap-hanh-dang-bo-" + id);
    }

    @Test
    void aRepeatedTitleGetsANumberedSlug() {
        long first = publishNow("Thông báo kết luận", "<p>1</p>");
        long second = publishNow("Thông báo kết luận", "<p>2</p>");
        long third = publishNow("Thông báo kết luận", "<p>3</p>");
        assertThat(List.of(slug(first), slug(second), slug(third)))
                .containsExactly("thong-bao-ket-luan", "thong-bao-ket-luan-2", "thong-bao-ket-luan-3");
    }

    @Test
    void anArticleNeedsATitle() {
        assertThatThrownBy(() -> desk.create(SYSTEM, draft("  ", "<p>x</p>")))
                .isInstanceOf(InvalidInput.class).hasMessage("Nhập tiêu đề.");
        assertThatThrownBy(() -> desk.publish(SYSTEM, Long.MAX_VALUE, 0, clock.instant()))
                .isInstanceOf(NotFound.class).hasMessage("Không tìm thấy bài viết " + Long.MAX_VALUE + ".");
    }

    @Test
    void readersSeeOnlyPublishedArticlesWhoseTimeHasCome() {
        long draft = desk.create(SYSTEM, draft("Bản nháp", "<p>x</p>"));
        long scheduled = publish(draft("Bài hẹn giờ", "<p>x</p>"), clock.instant().plus(Duration.ofMinutes(10)));
        assertThat(articles.visible(draft)).isEmpty();
        assertThat(articles.visible(scheduled)).isEmpty();
        assertThat(titles(articles.inCategories(Set.of(category), 1, 10).items())).isEmpty();
        clock.advance(Duration.ofMinutes(10));
        assertThat(articles.visible(scheduled)).isPresent();
        assertThat(titles(articles.inCategories(Set.of(category), 1, 10).items())).containsExactly("Bài hẹn giờ");
    }

    @Test
    void listsAreNewestFirstAndPaged() {
        for (int i = 1; i <= 5; i++) {
            publish(draft("Tin " + i, "<p>x</p>"), clock.instant().minus(Duration.ofHours(10 - i)));
        }
        ArticlePage first = articles.inCategories(Set.of(category), 1, 2);
        assertThat(titles(first.items())).containsExactly("Tin 5", "Tin 4");
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        ArticlePage last = articles.inCategories(Set.of(category), 3, 2);
        assertThat(titles(last.items())).containsExactly("Tin 1");
        assertThat(last.hasNext()).isFalse();
        List<String> latest = titles(articles.latest(100));
        assertThat(latest.indexOf("Tin 5")).isLessThan(latest.indexOf("Tin 4")).isNotNegative();
    }

    @Test
    void aPageAsLargeAsAnIntIsAnEmptyPageNotAnOverflow() {
        long id = publishNow("Bài duy nhất", "<p>x</p>");
        String tag = "the-" + UUID.randomUUID();
        tags.setTags(id, Map.of(tag, "Thẻ thử"));
        long tagId = articles.tag(tag).orElseThrow().id();
        for (ArticlePage page : List.of(articles.inCategories(Set.of(category), Integer.MAX_VALUE, 12),
                articles.tagged(tagId, Integer.MAX_VALUE, 12))) {
            assertThat(page.items()).isEmpty();
            assertThat(page.page()).isEqualTo(Integer.MAX_VALUE);
            assertThat(page.total()).isEqualTo(1);
            assertThat(page.pages()).isEqualTo(1);
            assertThat(page.hasNext()).isFalse();
        }
        assertThat(titles(articles.inCategories(Set.of(category), 1, 12).items())).containsExactly("Bài duy nhất");
        assertThat(titles(articles.tagged(tagId, 1, 12).items())).containsExactly("Bài duy nhất");
    }

    @Test
    void mostReadFollowsTheViewCountAndRelatedStaysInTheCategory() {
        long quiet = publishNow("Ít người đọc", "<p>x</p>");
        long popular = publishNow("Nhiều người đọc", "<p>x</p>");
        long other = categories.create(SYSTEM, new CategoryChange("Khác", "khac-" + UUID.randomUUID(), null, null,
                true));
        publish(new NewArticle(ArticleKind.ARTICLE, other, "Chuyên mục khác", null, null, "<p>x</p>", null, null,
                false, null), clock.instant());
        // The views as the statistics store them.
        jdbc.sql("INSERT INTO article_view_count (article_id, views) VALUES (:id, 5000)").param("id", popular).update();
        jdbc.sql("INSERT INTO article_view_count (article_id, views) VALUES (:id, 10)").param("id", quiet).update();
        assertThat(titles(articles.mostRead(2))).containsExactly("Nhiều người đọc", "Ít người đọc");
        assertThat(articles.mostRead(1).get(0).viewCount()).isEqualTo(5000);
        Article quietArticle = articles.visible(quiet).orElseThrow();
        assertThat(titles(articles.related(quietArticle, 10))).containsExactly("Nhiều người đọc");
    }

    @Test
    void featuredAndCitingArticlesAreFound() {
        long plan = documentDesk.create(SYSTEM, new NewDocument("09-KH/ĐU", "9", null, "KH", "ĐU", "Kế hoạch",
                "Ban Thường vụ Đảng ủy Khối", LocalDate.of(2021, 1, 5), null, "Kế hoạch thử", null));
        publish(new NewArticle(ArticleKind.ARTICLE, category, "Triển khai kế hoạch", null, null, "<p>x</p>", null,
                "Ngọc Ánh", true, plan), clock.instant());
        assertThat(titles(articles.citing(plan))).containsExactly("Triển khai kế hoạch");
        assertThat(titles(articles.featured(10))).contains("Triển khai kế hoạch");
        assertThat(documents.find(plan).orElseThrow().url()).isEqualTo("/van-ban/ke-hoach-09-kh-du-05-01-2021");
    }

    @Test
    void staticPagesAreFoundBySlugOnly() {
        publish(new NewArticle(ArticleKind.PAGE, null, "Giới thiệu chung", "gioi-thieu-chung-" + category, null,
                "<p>x</p>", null, null, false, null), clock.instant());
        assertThat(articles.visiblePage("gioi-thieu-chung-" + category)).isPresent();
        assertThat(articles.visiblePage("khong-co")).isEmpty();
        assertThat(titles(articles.latest(50))).doesNotContain("Giới thiệu chung");
    }

    private long publishNow(String title, String body) {
        return publish(draft(title, body), clock.instant());
    }

    /** Written and published through the newsroom's door, as the system. */
    private long publish(NewArticle article, Instant at) {
        return desk.createAs(SYSTEM, article, ArticleStatus.PUBLISHED, at);
    }

    private NewArticle draft(String title, String body) {
        return new NewArticle(ArticleKind.ARTICLE, category, title, null, "Tóm tắt", body, null, "Phóng viên", false,
                null);
    }

    private String slug(long id) {
        return articles.visible(id).orElseThrow().slug();
    }

    private static List<String> titles(List<ArticleSummary> list) {
        return list.stream().map(ArticleSummary::title).toList();
    }

}
