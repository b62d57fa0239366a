package vn.toasoan.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import vn.toasoan.account.Actor;
import vn.toasoan.category.Categories;
import vn.toasoan.category.CategoryChange;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.ModuleTest;
import vn.toasoan.testsupport.MutableClock;

/** What features that mirror articles (the search index) read: every published one, in batches, and any one. */
@ModuleTest
@TestPropertySource(properties = "spring.application.name=published-articles-test")
@Import(FixedClockConfiguration.class)
class PublishedArticlesTest {

    @Autowired
    Articles articles;

    @Autowired
    ArticleDesk desk;

    @Autowired
    Categories categories;

    @Autowired
    MutableClock clock;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void streamsEveryPublishedArticleAcrossBatchesAndReadsDraftsByIdWhileCountingOnlyPublished() {
        long news = categories.create(Actor.system(), new CategoryChange("Tin tức", "tin-tuc", null, null, false));
        List<Long> published = new ArrayList<>();
        // 502: a full batch of 500 and part of another, so the stream crosses a batch boundary. One transaction, as
        // an import would write them: a commit each costs more than the articles.
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 502; i++) {
                // The last one is scheduled for tomorrow: published, not yet visible, still mirrored.
                published.add(desk.createAs(Actor.system(), new NewArticle(ArticleKind.ARTICLE, news, "Tin " + i,
                        null, null, "<p>Tin.</p>", null, null, false, null), ArticleStatus.PUBLISHED,
                        i == 501 ? clock.instant().plus(Duration.ofDays(1)) : clock.instant()));
            }
        });
        long draft = desk.create(Actor.system(), new NewArticle(ArticleKind.ARTICLE, news, "Bản nháp", null, null,
                "<p>Nháp.</p>", null, null, false, null));

        List<Long> streamed = new ArrayList<>();
        articles.forEachPublished(article -> streamed.add(article.id()));

        assertThat(streamed).containsExactlyElementsOf(published);
        assertThat(articles.countPublished()).isEqualTo(502);
        assertThat(articles.stored(draft)).hasValueSatisfying(a -> {
            assertThat(a.title()).isEqualTo("Bản nháp");
            assertThat(a.status()).isEqualTo(ArticleStatus.DRAFT);
        });
        assertThat(articles.visible(draft)).isEmpty();
        assertThat(articles.stored(published.get(501))).isPresent();
        assertThat(articles.visible(published.get(501))).isEmpty();
        assertThat(articles.stored(-1)).isEmpty();
    }
}
