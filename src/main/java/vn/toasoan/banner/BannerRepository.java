package vn.toasoan.banner;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class BannerRepository {

    private final JdbcClient jdbc;

    BannerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Banner> shownOn(LocalDate day) {
        return jdbc.sql("""
                SELECT * FROM banner
                WHERE (starts_on IS NULL OR starts_on <= :day) AND (ends_on IS NULL OR ends_on >= :day)
                ORDER BY position, id""")
                .param("day", day)
                .query(BannerRepository::map)
                .list();
    }

    List<Banner> all() {
        return jdbc.sql("SELECT * FROM banner ORDER BY position, id").query(BannerRepository::map).list();
    }

    Optional<Banner> findById(long id) {
        return jdbc.sql("SELECT * FROM banner WHERE id = :id").param("id", id).query(BannerRepository::map)
                .optional();
    }

    long insert(NewBanner b) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO banner (template, event_date, starts_on, ends_on, link_url, position)
                VALUES (:template, :eventDate, :startsOn, :endsOn, :linkUrl, :position)""")
                .param("template", b.template())
                .param("eventDate", b.eventDate())
                .param("startsOn", b.startsOn())
                .param("endsOn", b.endsOn())
                .param("linkUrl", b.linkUrl())
                .param("position", b.position())
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void update(long id, NewBanner b) {
        jdbc.sql("""
                UPDATE banner SET template = :template, event_date = :eventDate, starts_on = :startsOn,
                                  ends_on = :endsOn, link_url = :linkUrl
                WHERE id = :id""")
                .param("template", b.template())
                .param("eventDate", b.eventDate())
                .param("startsOn", b.startsOn())
                .param("endsOn", b.endsOn())
                .param("linkUrl", b.linkUrl())
                .param("id", id)
                .update();
    }

    void setPosition(long id, int position) {
        jdbc.sql("UPDATE banner SET position = :position WHERE id = :id")
                .param("position", position).param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM banner WHERE id = :id").param("id", id).update();
    }

    Optional<String> lead() {
        return jdbc.sql("SELECT lead_text FROM banner_lead").query(String.class).optional();
    }

    /** The strip has one lead, or none ({@code null}). */
    void saveLead(String lead) {
        jdbc.sql("DELETE FROM banner_lead").update();
        if (lead != null) {
            jdbc.sql("INSERT INTO banner_lead (id, lead_text) VALUES (1, :lead)").param("lead", lead).update();
        }
    }

    private static Banner map(ResultSet rs, int row) throws SQLException {
        return new Banner(rs.getLong("id"), rs.getString("template"), rs.getObject("event_date", LocalDate.class),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("link_url"), rs.getInt("position"));
    }
}
