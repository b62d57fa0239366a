package vn.toasoan.article;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import vn.toasoan.failure.InvalidInput;

/**
 * The editor form as typed: every field is text, so whatever a browser sends can be shown again exactly as it
 * was typed when something is refused. Turned into a {@link NewArticle} by {@link #toArticle}.
 */
record ArticleForm(String kind, String title, String slug, String sapo, String bodyHtml, String coverMediaId,
        String byline, String categoryId, List<String> extraCategoryIds, String tags, String featured,
        String documentSymbol, String version, String publishAt, String reason, String note) {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    ArticleForm {
        extraCategoryIds = extraCategoryIds == null ? List.of() : List.copyOf(extraCategoryIds);
    }

    static ArticleForm blank() {
        return new ArticleForm(ArticleKind.ARTICLE.name(), "", "", "", "", "", "", "", List.of(), "", null, "", "0",
                "", "", "");
    }

    static ArticleForm of(Article a, List<Long> extraCategories, List<String> tagNames, String documentSymbol) {
        return new ArticleForm(a.kind().name(), a.title(), a.slug(), nullToEmpty(a.sapo()), a.bodyHtml(),
                a.coverMediaId() == null ? "" : a.coverMediaId().toString(), nullToEmpty(a.byline()),
                a.categoryId() == null ? "" : a.categoryId().toString(),
                extraCategories.stream().map(String::valueOf).toList(), String.join(", ", tagNames),
                a.featured() ? "on" : null, nullToEmpty(documentSymbol), Integer.toString(a.version()), "", "", "");
    }

    public boolean isFeatured() {
        return featured != null && !featured.isBlank() && !featured.equals("false");
    }

    public boolean hasExtraCategory(long id) {
        return extraCategoryIds.contains(Long.toString(id));
    }

    ArticleKind kindOrDefault() {
        return "PAGE".equals(kind) ? ArticleKind.PAGE : ArticleKind.ARTICLE;
    }

    int versionNumber() {
        try {
            return Integer.parseInt(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("version", "Phiên bản của biểu mẫu không hợp lệ: hãy mở lại bài viết.");
        }
    }

    NewArticle toArticle(Long documentId) {
        List<Long> extra = extraCategoryIds.stream().filter(s -> s != null && !s.isBlank())
                .map(s -> id("extraCategoryIds", s, "Chuyên mục phụ không hợp lệ.")).distinct().toList();
        return new NewArticle(kindOrDefault(), id("categoryId", categoryId, "Chuyên mục không hợp lệ."), title, slug,
                sapo, bodyHtml, id("coverMediaId", coverMediaId, "Mã ảnh đại diện phải là một số."), byline,
                isFeatured(), documentId, extra, TagNames.parse(tags));
    }

    /** The scheduled time typed in the site's time zone, as an instant. */
    Instant publishAtIn(ZoneId zone) {
        if (publishAt == null || publishAt.isBlank()) {
            throw new InvalidInput("publishAt", "Chọn ngày giờ đăng.");
        }
        try {
            return LocalDateTime.parse(publishAt.strip(), DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(zone)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput("publishAt", "Ngày giờ đăng không hợp lệ (dạng 2026-05-07T08:30).");
        }
    }


    private static Long id(String field, String text, String message) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, message);
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
