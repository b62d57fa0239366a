package vn.toasoan.article;

/** An ordinary news article, or a static page such as "Giới thiệu" that lives outside the news flow. */
public enum ArticleKind {
    ARTICLE, PAGE
}
