package vn.toasoan.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import tools.jackson.databind.JsonNode;

import vn.toasoan.article.ArticleStatus;
import vn.toasoan.failure.InvalidInput;

/**
 * An article as a client sends it to {@code POST /api/v1/admin/articles} or {@code PUT …/{id}}.
 *
 * @param category the category's slug
 * @param document the registered document the article cites: its id, or its symbol ("14-KH/ĐU")
 * @param publishedAt when to publish (status published only); null: now, or unchanged when already published
 * @param version the version the client read (PUT only, required there)
 * @param reason why the article goes back to its author (status returned, PUT only)
 */
record ArticleRequest(String title, String sapo, String body, String category, String byline, Instant publishedAt,
        ArticleStatus status, String slug, boolean featured, String document, Long coverMediaId, Integer version,
        String reason) {

    static final List<String> CREATE_FIELDS = List.of("title", "sapo", "body", "category", "byline", "publishedAt",
            "status", "slug", "featured", "document", "coverMediaId");
    static final List<String> UPDATE_FIELDS = List.of("title", "sapo", "body", "category", "byline", "publishedAt",
            "status", "slug", "featured", "document", "coverMediaId", "version", "reason");

    /** Earliest and latest publication years accepted: old archives come in, typing slips do not. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 9999;

    static ArticleRequest forCreate(JsonNode json, ZoneId zone) {
        JsonBody body = JsonBody.of(json, CREATE_FIELDS);
        return read(body, ApiStatuses.parse("status", body.text("status"), ApiStatuses.ON_CREATE), null, zone);
    }

    static ArticleRequest forUpdate(JsonNode json, ZoneId zone) {
        JsonBody body = JsonBody.of(json, UPDATE_FIELDS);
        Integer version = body.integer("version");
        if (version == null) {
            throw new InvalidInput("version", "Gửi kèm „version”: phiên bản bài viết mà bạn đã đọc (GET trả về).");
        }
        return read(body, ApiStatuses.parse("status", body.text("status"), ApiStatuses.ALL), version, zone);
    }

    private static ArticleRequest read(JsonBody body, ArticleStatus status, Integer version, ZoneId zone) {
        return new ArticleRequest(body.text("title"), body.text("sapo"), body.text("body"), body.text("category"),
                body.text("byline"), instant("publishedAt", body.text("publishedAt"), zone), status, body.text("slug"),
                body.bool("featured", false), body.idOrText("document"), body.id("coverMediaId"), version,
                body.text("reason"));
    }

    /**
     * An ISO-8601 date and time: with an offset ("2026-05-07T10:00:00+07:00", "…Z"), or without one, then read in
     * the site's time zone.
     */
    static Instant instant(String field, String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                instant = LocalDateTime.parse(text.strip()).atZone(zone).toInstant();
            } catch (DateTimeException e) {
                throw new InvalidInput(field, "„" + field + "” phải là ngày giờ theo ISO-8601, ví dụ "
                        + "2026-05-07T10:00:00+07:00 (không có múi giờ thì tính theo giờ của trang, " + zone + ").");
            }
        }
        int year = instant.atZone(zone).getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInput(field, "„" + field + "” phải nằm trong khoảng năm " + FIRST_YEAR + "–" + LAST_YEAR
                    + ".");
        }
        return instant;
    }
}
