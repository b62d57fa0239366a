package vn.toasoan.stats;

/**
 * How a page tells the visit counter which article it showed: the article controller, or the page cache
 * on a hit, sets this request attribute to the article id (a {@link Long}).
 */
public final class ViewedArticle {

    public static final String REQUEST_ATTRIBUTE = "vn.toasoan.viewedArticleId";

    private ViewedArticle() {
    }
}
