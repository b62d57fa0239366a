package vn.toasoan.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.toasoan.document.Documents;
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
        jdbc.sql("DELETE FROM site_setting WHERE name = 'article.document-mentions-recorded'").update();
        assertThat(mentioning(plan)).isZero();

        mentions.afterSingletonsInstantiated();
        assertThat(mentioning(plan)).isEqualTo(1);

        jdbc.sql("DELETE FROM article_document_mention").update();
        mentions.afterSingletonsInstantiated();
        assertThat(mentioning(plan)).as("read once only").isZero();
        mentions.onDocumentChanged(new vn.toasoan.document.DocumentChanged(plan));
        assertThat(mentioning(plan)).as("registering a document reads the bodies holding its number").isEqualTo(1);
    }

    private long mentioning(long documentId) {
        return jdbc.sql("SELECT COUNT(*) FROM article_document_mention WHERE document_id = :id").param("id", documentId)
                .query(Long.class).single();
    }
}
