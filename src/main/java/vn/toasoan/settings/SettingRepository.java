package vn.toasoan.settings;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code site_setting}: a name and a text value; a setting without a row has its configured default. */
@Repository
class SettingRepository {

    private final JdbcClient jdbc;

    SettingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, String> all() {
        Map<String, String> values = new LinkedHashMap<>();
        jdbc.sql("SELECT name, setting_value FROM site_setting ORDER BY name")
                .query(rs -> {
                    values.put(rs.getString("name"), rs.getString("setting_value"));
                });
        return values;
    }

    /** Stores the value, or removes the row when it is null (the default applies again). */
    void put(String name, String value) {
        if (value == null) {
            jdbc.sql("DELETE FROM site_setting WHERE name = :name").param("name", name).update();
            return;
        }
        if (jdbc.sql("UPDATE site_setting SET setting_value = :value WHERE name = :name")
                .param("value", value).param("name", name).update() == 0) {
            jdbc.sql("INSERT INTO site_setting (name, setting_value) VALUES (:name, :value)")
                    .param("name", name).param("value", value).update();
        }
    }
}
