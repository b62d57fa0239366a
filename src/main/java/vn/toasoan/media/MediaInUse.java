package vn.toasoan.media;

/**
 * A medium that cannot be deleted because articles still show it; nothing was deleted. A conflict with the state of
 * the site (HTTP 409), not bad input: it can be deleted once no article uses it.
 */
public class MediaInUse extends RuntimeException {

    private final long articles;

    MediaInUse(long articles) {
        super("Không xóa được: tệp đang được dùng trong " + articles + " bài viết");
        this.articles = articles;
    }

    /** How many articles use it, as cover or in the body. */
    public long articles() {
        return articles;
    }
}
