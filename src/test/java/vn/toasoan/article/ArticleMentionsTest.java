package vn.toasoan.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.toasoan.account.Actor;
import vn.toasoan.category.Categories;
import vn.toasoan.document.DocumentDesk;
import vn.toasoan.document.Documents;
import vn.toasoan.document.NewDocument;
import vn.toasoan.testsupport.FixedClockConfiguration;

/** The record of which articles mention which documents, and its one-time rebuild on an older database. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class ArticleMentionsTest {

    @Autowired
    ArticleMentions mentions;

    @Autowired
    Articles articles;

    @Autowired
    Documents documents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ArticleDesk desk;

    @Autowired
    DocumentDesk documentDesk;

    @Autowired
    Categories categories;

    @Test
    void theReferenceArticleMentionsItsPlan() {
        long plan = documents.bySymbol("14-KH/ĐU").orElseThrow().id();
        assertThat(articles.citing(plan)).hasSize(1);
        assertThat(mentioning(plan)).isEqualTo(1);
    }

    @Test
    void aDatabaseFromBeforeMentionsIsReadOnceAtStartUp() {
        long plan = documents.bySymbol("14-KH/ĐU").orElseThrow().id();
        jdbc.sql("DELETE FROM article_document_mention").update();
        jdbc.sql("DELETE FROM article_backfill WHERE name = 'document-mentions'").update();
        assertThat(mentioning(plan)).isZero();

        mentions.afterSingletonsInstantiated();
        assertThat(mentioning(plan)).isEqualTo(1);

        jdbc.sql("DELETE FROM article_document_mention").update();
        mentions.afterSingletonsInstantiated();
        assertThat(mentioning(plan)).as("read once only").isZero();
        mentions.onDocumentChanged(new vn.toasoan.document.DocumentChanged(plan));
        assertThat(mentioning(plan)).as("registering a document reads the bodies holding its number").isEqualTo(1);
    }

    /** The document feature writes only its own tables: the mentions follow its change through the event. */
    @Test
    void anEditedSymbolLeavesTheArticlesOfTheOldOneAndFindsThoseOfTheNew() {
        Actor system = Actor.system();
        long category = categories.bySlug("xay-dung-dang").orElseThrow().id();
        NewDocument plan = new NewDocument("31-KH/ĐU", null, null, null, null, null, "Đảng ủy Khối",
                LocalDate.of(2026, 4, 1), null, "Kế hoạch thử", null);
        long document = documentDesk.create(system, plan);
        long old = desk.createAs(system, new NewArticle(ArticleKind.ARTICLE, category, "Theo số cũ", null, null,
                "<p>Thực hiện Kế hoạch số 31-KH/ĐU.</p>", null, null, false, null), ArticleStatus.PUBLISHED, null);
        long renamed = desk.createAs(system, new NewArticle(ArticleKind.ARTICLE, category, "Theo số mới", null, null,
                "<p>Thực hiện Kế hoạch số 32-KH/ĐU.</p>", null, null, false, null), ArticleStatus.PUBLISHED, null);
        assertThat(mentioningArticles(document)).containsExactly(old);

        documentDesk.update(system, document, 0, new NewDocument("32-KH/ĐU", null, null, null, null, null,
                plan.issuingBody(), plan.issuedOn(), null, plan.summary(), null));
        assertThat(mentioningArticles(document)).containsExactly(renamed);
        assertThat(articles.citing(document)).extracting(ArticleSummary::title).containsExactly("Theo số mới");

        documentDesk.delete(system, document, 1);
        assertThat(mentioningArticles(document)).isEmpty();
    }

    private List<Long> mentioningArticles(long documentId) {
        return jdbc.sql("SELECT article_id FROM article_document_mention WHERE document_id = :id ORDER BY article_id")
                .param("id", documentId).query(Long.class).list();
    }

    private long mentioning(long documentId) {
        return jdbc.sql("SELECT COUNT(*) FROM article_document_mention WHERE document_id = :id").param("id", documentId)
                .query(Long.class).single();
    }
}
