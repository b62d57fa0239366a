package vn.toasoan.media;

import static vn.toasoan.SqlValues.instant;
import static vn.toasoan.SqlValues.likeLiteral;
import static vn.toasoan.SqlValues.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class MediaRepository {

    private static final String COLUMNS = """
            id, kind, storage_key, content_type, byte_size, width, height, alt_text, caption, credit, original_name,
            uploaded_by, created_at""";

    private final JdbcClient jdbc;

    MediaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(MediaRow row) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO media (kind, storage_key, content_type, byte_size, width, height, alt_text, caption, credit,
                                   original_name, uploaded_by, search_text, created_at)
                VALUES (:kind, :storageKey, :contentType, :byteSize, :width, :height, :altText, :caption, :credit,
                        :originalName, :uploadedBy, :searchText, :createdAt)""")
                .param("kind", row.type().kind.name())
                .param("storageKey", row.storageKey())
                .param("contentType", row.type().contentType)
                .param("byteSize", row.byteSize())
                .param("width", row.width())
                .param("height", row.height())
                .param("altText", row.altText())
                .param("caption", row.caption())
                .param("credit", row.credit())
                .param("originalName", row.originalName())
                .param("uploadedBy", row.uploadedBy())
                .param("searchText", row.searchText())
                .param("createdAt", utc(row.createdAt()))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void insertVariant(long mediaId, int width, int height, String storageKey, long byteSize) {
        jdbc.sql("""
                INSERT INTO media_variant (media_id, width, height, storage_key, byte_size)
                VALUES (:mediaId, :width, :height, :storageKey, :byteSize)""")
                .param("mediaId", mediaId)
                .param("width", width)
                .param("height", height)
                .param("storageKey", storageKey)
                .param("byteSize", byteSize)
                .update();
    }

    Optional<MediaItem> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE id = :id").param("id", id)
                .query(MediaRepository::mapWithoutVariants).optional()
                .map(item -> withVariants(List.of(item)).get(0));
    }

    long count(MediaQuery query, List<String> foldedWords) {
        Where where = where(query, foldedWords);
        return jdbc.sql("SELECT COUNT(*) FROM media" + where.sql).params(where.params).query(Long.class).single();
    }

    /** Newest first; ties (one clock tick) by id so pages never overlap. */
    List<MediaItem> page(MediaQuery query, List<String> foldedWords, int limit, int offset) {
        Where where = where(query, foldedWords);
        List<MediaItem> items = jdbc.sql("SELECT " + COLUMNS + " FROM media" + where.sql
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(where.params).param("limit", limit).param("offset", offset)
                .query(MediaRepository::mapWithoutVariants).list();
        return withVariants(items);
    }

    /**
     * The images stored under these keys that have smaller copies, by key, with their copies' {@code srcset}.
     * Keys of files, of images without copies, and of nothing stored are left out.
     */
    Map<String, MediaRef> responsive(Collection<String> storageKeys) {
        if (storageKeys.isEmpty()) {
            return Map.of();
        }
        Map<String, List<MediaVariant>> variants = new LinkedHashMap<>();
        Map<String, MediaRef> images = new HashMap<>();
        jdbc.sql("""
                SELECT m.storage_key AS media_key, m.alt_text, m.width AS media_width, m.height AS media_height,
                       v.width, v.height, v.storage_key
                FROM media m JOIN media_variant v ON v.media_id = m.id
                WHERE m.storage_key IN (:keys)
                ORDER BY m.id, v.width""")
                .param("keys", storageKeys)
                .query(rs -> {
                    String key = rs.getString("media_key");
                    images.putIfAbsent(key, new MediaRef(MediaRef.urlOf(key), rs.getString("alt_text"),
                            rs.getInt("media_width"), rs.getInt("media_height")));
                    variants.computeIfAbsent(key, k -> new ArrayList<>()).add(variant(rs));
                });
        Map<String, MediaRef> result = new HashMap<>();
        variants.forEach((key, copies) -> {
            MediaRef image = images.get(key);
            result.put(key, image.withSrcset(MediaRef.srcsetOf(image.url(), image.width(), copies)));
        });
        return result;
    }

    /**
     * How many articles use the medium: as cover, as a figure recorded in {@code article_media}, or in a body that
     * links to its file (bodies are HTML, and a body may show an image no table records).
     */
    long articlesUsing(long id, String storageKey) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM article a
                WHERE a.cover_media_id = :id
                   OR EXISTS (SELECT 1 FROM article_media am WHERE am.article_id = a.id AND am.media_id = :id)
                   OR a.body_html LIKE :url ESCAPE '\\'""")
                .param("id", id)
                .param("url", "%" + likeLiteral(MediaRef.urlOf(storageKey)) + "%")
                .query(Long.class).single();
    }

    /** The keys of the file and of its copies. */
    List<String> storageKeys(long id) {
        return jdbc.sql("""
                SELECT storage_key FROM media WHERE id = :id
                UNION ALL
                SELECT storage_key FROM media_variant WHERE media_id = :id""")
                .param("id", id).query(String.class).list();
    }

    /** Deletes the row and (by cascade) its copies' rows; returns the number of media rows deleted. */
    int delete(long id) {
        return jdbc.sql("DELETE FROM media WHERE id = :id").param("id", id).update();
    }

    int describe(long id, String altText, String caption, String credit, String searchText) {
        return jdbc.sql("""
                UPDATE media SET alt_text = :altText, caption = :caption, credit = :credit, search_text = :searchText
                WHERE id = :id""")
                .param("altText", altText)
                .param("caption", caption)
                .param("credit", credit)
                .param("searchText", searchText)
                .param("id", id)
                .update();
    }

    /** Rows stored before {@code search_text} existed (V7), or by hand. */
    List<MediaItem> missingSearchText() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM media WHERE search_text IS NULL")
                .query(MediaRepository::mapWithoutVariants).list();
    }

    void setSearchText(long id, String searchText) {
        jdbc.sql("UPDATE media SET search_text = :searchText WHERE id = :id")
                .param("searchText", searchText).param("id", id).update();
    }

    private List<MediaItem> withVariants(List<MediaItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<Long, List<MediaVariant>> variants = new HashMap<>();
        jdbc.sql("SELECT media_id, width, height, storage_key FROM media_variant WHERE media_id IN (:ids)"
                        + " ORDER BY media_id, width")
                .param("ids", items.stream().map(MediaItem::id).toList())
                .query(rs -> {
                    variants.computeIfAbsent(rs.getLong("media_id"), id -> new ArrayList<>()).add(variant(rs));
                });
        return items.stream().map(i -> new MediaItem(i.id(), i.kind(), i.url(), i.contentType(), i.byteSize(),
                i.width(), i.height(), i.altText(), i.caption(), i.credit(), i.originalName(), i.uploadedBy(),
                i.createdAt(), List.copyOf(variants.getOrDefault(i.id(), List.of())))).toList();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(MediaQuery query, List<String> foldedWords) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.kind() != null) {
            conditions.add("kind = :kind");
            params.put("kind", query.kind().name());
        }
        for (int i = 0; i < foldedWords.size(); i++) {
            conditions.add("search_text LIKE :word" + i + " ESCAPE '\\'");
            params.put("word" + i, "%" + likeLiteral(foldedWords.get(i)) + "%");
        }
        return new Where(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), params);
    }

    private static MediaVariant variant(ResultSet rs) throws SQLException {
        return new MediaVariant(rs.getInt("width"), rs.getInt("height"), MediaRef.urlOf(rs.getString("storage_key")));
    }

    private static MediaItem mapWithoutVariants(ResultSet rs, int row) throws SQLException {
        long uploader = rs.getLong("uploaded_by");
        Long uploadedBy = rs.wasNull() ? null : uploader;
        return new MediaItem(rs.getLong("id"), MediaKind.valueOf(rs.getString("kind")),
                MediaRef.urlOf(rs.getString("storage_key")), rs.getString("content_type"), rs.getLong("byte_size"),
                (Integer) rs.getObject("width"), (Integer) rs.getObject("height"), rs.getString("alt_text"),
                rs.getString("caption"), rs.getString("credit"), rs.getString("original_name"),
                uploadedBy, instant(rs, "created_at"),
                List.of());
    }
}
