package vn.toasoan.article;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.toasoan.Newsroom;

/**
 * Addresses of articles. Public ones: articles carry their id after the slug, so a renamed or mistyped slug still finds the
 * article (and is redirected to the canonical address); static pages are addressed by slug alone.
 */
public final class ArticleUrls {

    private static final Pattern TRAILING_ID = Pattern.compile("(?:^|-)(\\d{1,18})$");

    private ArticleUrls() {
    }

    /** The newsroom's article pages: the list, and under it each article by id. */
    public static final String NEWSROOM = Newsroom.PATH + "/bai-viet";

    public static String of(ArticleKind kind, String slug, long id) {
        return kind == ArticleKind.PAGE ? "/trang/" + slug : "/tin-tuc/" + slug + "-" + id;
    }

    /** The newsroom's preview of an article: it renders in the public layout. */
    public static boolean isPreview(String path) {
        return path.startsWith(NEWSROOM + "/") && path.endsWith("/xem-truoc");
    }

    /** The newsroom page where the article is edited. */
    public static String editing(long id) {
        return NEWSROOM + "/" + id;
    }

    /** The id at the end of a "/tin-tuc/{slug}-{id}" path segment, if there is one. */
    public static OptionalLong idOf(String slugAndId) {
        Matcher m = TRAILING_ID.matcher(slugAndId);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }
}
