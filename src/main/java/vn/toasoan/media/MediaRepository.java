package vn.toasoan.media;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class MediaRepository {

    private final JdbcClient jdbc;

    MediaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String storageKey, NewMedia media, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO media (storage_key, content_type, byte_size, width, height, alt_text, caption, credit,
                                   created_at)
                VALUES (:key, :type, :size, :width, :height, :alt, :caption, :credit, :now)""")
                .param("key", storageKey)
                .param("type", media.contentType())
                .param("size", media.content().length)
                .param("width", media.width())
                .param("height", media.height())
                .param("alt", media.altText())
                .param("caption", media.caption())
                .param("credit", media.credit())
                .param("now", now.atOffset(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    Optional<MediaRef> findRef(long id) {
        return jdbc.sql("SELECT storage_key, alt_text, width, height FROM media WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new MediaRef(MediaRef.urlOf(rs.getString("storage_key")),
                        rs.getString("alt_text"), (Integer) rs.getObject("width"), (Integer) rs.getObject("height")))
                .optional();
    }
}
