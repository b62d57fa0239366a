package vn.toasoan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.toasoan.article.ArticleSummary;
import vn.toasoan.article.Articles;
import vn.toasoan.testsupport.FixedClockConfiguration;

/** The demo fills an empty database once, and never touches one that has content. */
@SpringBootTest(properties = "spring.application.name=demo-content-test")
@Import(FixedClockConfiguration.class)
class DemoContentTest {

    static final ZoneId SITE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** A source address stamped with its publication time, as genk.vn and doanhnghiepvn.vn write it. */
    static final Pattern URL_TIME = Pattern.compile("(?<![0-9])(20[0-9]{15})(?![0-9])");
    /** The day a summary names: "Sáng 6/10", "Sáng 4-10", "ngày 21/10". */
    static final Pattern SAPO_DAY = Pattern.compile("(?<![0-9/-])([0-9]{1,2})[/-]([0-9]{1,2})(?![0-9/-])");

    @Autowired
    DemoContent demo;

    @Autowired
    Articles articles;

    @Autowired
    JdbcClient jdbc;

    @Test
    void seedsTheReferenceSiteOnceOnly() {
        assertThat(counts()).isEqualTo("categories=8 articles=31 pages=3 documents=8 menu=18 banners=3 media=9");
        demo.afterSingletonsInstantiated();
        assertThat(counts()).as("a second start adds nothing").isEqualTo(
                "categories=8 articles=31 pages=3 documents=8 menu=18 banners=3 media=9");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE status = 'PUBLISHED'").query(Long.class).single())
                .isEqualTo(34);
        assertThat(jdbc.sql("SELECT byline FROM article WHERE document_id IS NOT NULL").query(String.class).single())
                .isEqualTo("Ngọc Ánh");
    }

    /** The demo is written through the doors staff use: every write in the audit log, every article a revision. */
    @Test
    void everythingWentInThroughTheStaffDoorsAsTheSystem() {
        Map<String, Long> byAction = new TreeMap<>();
        jdbc.sql("SELECT action, COUNT(*) AS n FROM audit_event WHERE actor_name = 'Hệ thống' GROUP BY action")
                .query(rs -> {
                    byAction.put(rs.getString("action"), rs.getLong("n"));
                });
        // The first administrator (account.create) is made by the system too, at the same start.
        assertThat(byAction).isEqualTo(new TreeMap<>(Map.of("category.create", 8L, "media.upload", 9L,
                "document.create", 8L, "article.create", 34L, "article.publish", 34L, "menu.create", 18L,
                "banner.create", 3L, "banner.lead", 1L, "account.create", 1L)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article_revision WHERE saved_by_name = 'Hệ thống'")
                .query(Long.class).single()).isEqualTo(34);
        // Nothing was scheduled, so nothing will be announced as "Bài hẹn giờ đã lên trang".
        assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE scheduled = TRUE").query(Long.class).single())
                .isZero();
    }

    /**
     * Found by a new user: the 2021 sample news carried the date of the first start. They keep the date of their
     * source: the one in its address, else the day its summary names, else 4 October 2021 (see DemoContent).
     */
    @Test
    void theSampleNewsKeepTheDatesOfTheirSources() {
        LocalDate startDay = FixedClockConfiguration.START.atZone(SITE_ZONE).toLocalDate();
        assertThat(jdbc.sql("SELECT published_at FROM article WHERE kind = 'ARTICLE'")
                .query(OffsetDateTime.class).list()).hasSize(31)
                .allSatisfy(t -> assertThat(t.atZoneSameInstant(SITE_ZONE).toLocalDate()).isNotEqualTo(startDay));

        int fromUrl = 0;
        int fromSapo = 0;
        for (DemoContent.SampleArticle sample : DemoContent.readSamples()) {
            LocalDateTime stored = jdbc.sql("SELECT published_at FROM article WHERE title = :title")
                    .param("title", sample.title()).query(OffsetDateTime.class).single()
                    .atZoneSameInstant(SITE_ZONE).toLocalDateTime();
            Matcher url = URL_TIME.matcher(sample.source());
            Matcher sapo = SAPO_DAY.matcher(sample.sapo());
            if (url.find()) {
                fromUrl++;
                LocalDateTime stamped = LocalDateTime.parse(url.group(1),
                        DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS"));
                assertThat(stored).as(sample.source()).isEqualTo(stamped.truncatedTo(ChronoUnit.SECONDS));
            } else if (sapo.find()) {
                fromSapo++;
                assertThat(stored.toLocalDate()).as(sample.sapo()).isEqualTo(LocalDate.of(2021,
                        Integer.parseInt(sapo.group(2)), Integer.parseInt(sapo.group(1))));
            } else {
                assertThat(stored).as(sample.title()).isEqualTo(LocalDateTime.of(2021, 10, 4, 12, 0));
            }
        }
        assertThat(fromUrl).isEqualTo(2);
        assertThat(fromSapo).isEqualTo(6);
        assertThat(stored("Hội nghị tổ soạn thảo%")).isEqualTo(LocalDateTime.of(2021, 3, 17, 8, 0));

        // The home page's newest first: the latest sources first.
        List<String> newest = DemoContent.readSamples().stream()
                .sorted(Comparator.comparing(DemoContent.SampleArticle::published).reversed())
                .map(DemoContent.SampleArticle::title).limit(5).toList();
        assertThat(articles.latest(5)).extracting(ArticleSummary::title).containsExactlyElementsOf(newest);
        assertThat(newest.get(0)).isEqualTo("Học sinh Quốc Oai và Hoàng Mai giành giải Nhất cuộc thi tiếng Anh");
    }

    private LocalDateTime stored(String titlePattern) {
        return jdbc.sql("SELECT published_at FROM article WHERE title LIKE :title").param("title", titlePattern)
                .query(OffsetDateTime.class).single().atZoneSameInstant(SITE_ZONE).toLocalDateTime();
    }

    private String counts() {
        return "categories=%d articles=%d pages=%d documents=%d menu=%d banners=%d media=%d".formatted(
                count("SELECT COUNT(*) FROM category"),
                count("SELECT COUNT(*) FROM article WHERE kind = 'ARTICLE'"),
                count("SELECT COUNT(*) FROM article WHERE kind = 'PAGE'"),
                count("SELECT COUNT(*) FROM document"),
                count("SELECT COUNT(*) FROM menu_item"),
                count("SELECT COUNT(*) FROM banner"),
                count("SELECT COUNT(*) FROM media"));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
