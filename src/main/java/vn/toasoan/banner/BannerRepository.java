package vn.toasoan.banner;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class BannerRepository {

    static final String LEAD_SETTING = "banner.lead";

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
                .query((rs, n) -> new Banner(rs.getLong("id"), rs.getString("template"),
                        rs.getObject("event_date", LocalDate.class), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getString("link_url"), rs.getInt("position")))
                .list();
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

    Optional<String> lead() {
        return jdbc.sql("SELECT setting_value FROM site_setting WHERE name = :name").param("name", LEAD_SETTING)
                .query(String.class).optional();
    }

    void saveLead(String lead) {
        if (jdbc.sql("UPDATE site_setting SET setting_value = :value WHERE name = :name")
                .param("value", lead).param("name", LEAD_SETTING).update() == 0) {
            jdbc.sql("INSERT INTO site_setting (name, setting_value) VALUES (:name, :value)")
                    .param("name", LEAD_SETTING).param("value", lead).update();
        }
    }
}
