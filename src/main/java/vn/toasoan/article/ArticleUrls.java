package vn.toasoan.article;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Public addresses: articles carry their id after the slug, so a renamed or mistyped slug still finds the
 * article (and is redirected to the canonical address); static pages are addressed by slug alone.
 */
public final class ArticleUrls {

    private static final Pattern TRAILING_ID = Pattern.compile("(?:^|-)(\\d{1,18})$");

    private ArticleUrls() {
    }

    public static String of(ArticleKind kind, String slug, long id) {
        return kind == ArticleKind.PAGE ? "/trang/" + slug : "/tin-tuc/" + slug + "-" + id;
    }

    /** The newsroom's preview of an article: it renders in the public layout. */
    public static boolean isPreview(String path) {
        return path.startsWith("/quan-tri/bai-viet/") && path.endsWith("/xem-truoc");
    }

    /** The id at the end of a "/tin-tuc/{slug}-{id}" path segment, if there is one. */
    public static OptionalLong idOf(String slugAndId) {
        Matcher m = TRAILING_ID.matcher(slugAndId);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }
}
