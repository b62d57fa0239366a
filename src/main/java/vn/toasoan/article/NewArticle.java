package vn.toasoan.article;

import java.util.List;

/**
 * What it takes to write an article. A blank slug is generated from the title.
 *
 * @param bodyHtml any HTML: it is sanitised before it is stored
 * @param extraCategoryIds categories the article also appears in besides its main one; {@code null} keeps the
 *        stored ones on a save (none on a create)
 * @param tags tag names as typed; {@code null} keeps the stored ones on a save (none on a create)
 */
public record NewArticle(ArticleKind kind, Long categoryId, String title, String slug, String sapo,
        String bodyHtml, Long coverMediaId, String byline, boolean featured, Long documentId,
        List<Long> extraCategoryIds, List<String> tags) {

    public NewArticle {
        extraCategoryIds = extraCategoryIds == null ? null : List.copyOf(extraCategoryIds);
        tags = tags == null ? null : List.copyOf(tags);
    }

    /** Without tags and extra categories: a save through this keeps the stored ones. */
    public NewArticle(ArticleKind kind, Long categoryId, String title, String slug, String sapo, String bodyHtml,
            Long coverMediaId, String byline, boolean featured, Long documentId) {
        this(kind, categoryId, title, slug, sapo, bodyHtml, coverMediaId, byline, featured, documentId, null, null);
    }
}
