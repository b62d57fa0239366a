package vn.toasoan.stats;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import org.flywaydb.core.Flyway;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;

import vn.toasoan.testsupport.MutableClock;
import vn.toasoan.testsupport.TestDatabases;

/**
 * The statistics wired by hand around a fresh H2 database, a {@link MutableClock} and the real page filter:
 * what {@code StatsConfiguration} builds, without a Spring context.
 */
final class StatsFixture {

    final MutableClock clock;
    final DataSource dataSource;
    final JdbcClient jdbc;
    final InMemoryVisitStore store;
    final VisitCounter counter;
    final Visitors visitors;
    final TrafficRules rules = TrafficRules.fromBotList(new ClassPathResource("stats/bots.txt"));
    final PageViewFilter filter;

    StatsFixture(MutableClock clock, long totalOffset) {
        this(clock, totalOffset, newDatabase());
    }

    StatsFixture(MutableClock clock, long totalOffset, DataSource dataSource) {
        this.clock = clock;
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        StatsProperties properties = new StatsProperties(totalOffset, Duration.ofSeconds(1),
                StatsProperties.Counting.SERVER,
                Duration.ofMinutes(30), Duration.ofMinutes(5));
        VisitRepository repository = new VisitRepository(jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        this.store = new InMemoryVisitStore(repository, null, clock, MutableClock.SITE_ZONE, properties);
        store.load();
        this.counter = new VisitCounter(store, clock, MutableClock.SITE_ZONE, totalOffset);
        this.visitors = new Visitors(clock, MutableClock.SITE_ZONE, properties.visitTimeout());
        this.filter = new PageViewFilter(rules, visitors, counter);
    }

    static StatsFixture at(String localDateTime) {
        return new StatsFixture(MutableClock.at(localDateTime), 0);
    }

    /** A migrated, empty H2 database of its own. */
    static DataSource newDatabase() {
        DataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }

    /**
     * A migrated, empty database of the run's kind ({@link TestDatabases#mode()}): H2 in memory, waiting up to ten
     * seconds for a row lock as the application's H2 does, or a throw-away PostgreSQL database.
     */
    static DataSource newDatabaseOfTheRun() {
        if (TestDatabases.mode() == TestDatabases.Mode.POSTGRES) {
            return newPostgresDatabase();
        }
        DataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }

    /** A migrated, empty PostgreSQL database of its own, dropped when the JVM exits. */
    static DataSource newPostgresDatabase() {
        String url = TestDatabases.createPostgresDatabase(TestDatabases.postgresServerUrl(),
                TestDatabases.postgresUser(), TestDatabases.postgresPassword());
        DataSource dataSource = new DriverManagerDataSource(url, TestDatabases.postgresUser(),
                TestDatabases.postgresPassword());
        Flyway.configure().dataSource(dataSource).load().migrate();
        return dataSource;
    }

    long insertArticle() {
        return new ArticleRows(jdbc).insert();
    }

    /** Inserts a published article (and its category): the article table belongs to another feature. */
    record ArticleRows(JdbcClient jdbc) {

        long insert() {
            java.sql.Timestamp now = java.sql.Timestamp.from(Instant.parse("2025-01-01T00:00:00Z"));
            String slug = "hoi-nghi-" + UUID.randomUUID();
            jdbc.sql("INSERT INTO category (slug, name, created_at) VALUES (:slug, 'Tin tức', :now)")
                    .param("slug", slug).param("now", now).update();
            long categoryId = jdbc.sql("SELECT id FROM category WHERE slug = :slug").param("slug", slug)
                    .query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO article (category_id, title, slug, body_html, status, created_at, updated_at)
                    VALUES (:category, 'Hội nghị', :slug, '<p>Nội dung</p>', 'PUBLISHED', :now, :now)""")
                    .param("category", categoryId).param("slug", slug).param("now", now).update();
            return jdbc.sql("SELECT id FROM article WHERE slug = :slug").param("slug", slug)
                    .query(Long.class).single();
        }
    }

    long viewCount(long articleId) {
        // No row: no views yet.
        return jdbc.sql("SELECT views FROM article_view_count WHERE article_id = :id").param("id", articleId)
                .query(Long.class).optional().orElse(0L);
    }

    long persistedVisits(LocalDate day) {
        return jdbc.sql("SELECT COALESCE(SUM(visits), 0) FROM visit_day WHERE visit_date = :day").param("day", day)
                .query(Number.class).single().longValue();
    }

    StatsSnapshot stats() {
        // The online figure is cached for a second; tests move the clock further than that between looks.
        return counter.current();
    }

    Browser browser(String userAgent, String address) {
        return new Browser(userAgent, address, true);
    }

    Browser cookielessClient(String userAgent, String address) {
        return new Browser(userAgent, address, false);
    }

    /** A client: its address, User-Agent and, if it keeps them, the cookies it was given. */
    final class Browser {

        private final String userAgent;
        private final String address;
        private final boolean keepsCookies;
        private final List<Cookie> cookies = new ArrayList<>();

        Browser(String userAgent, String address, boolean keepsCookies) {
            this.userAgent = userAgent;
            this.address = address;
            this.keepsCookies = keepsCookies;
        }

        MockHttpServletResponse get(String path) {
            return send(request("GET", path), StatsFixture::htmlPage);
        }

        MockHttpServletResponse get(String path, FilterChain page) {
            return send(request("GET", path), page);
        }

        MockHttpServletRequest request(String method, String path) {
            MockHttpServletRequest request = new MockHttpServletRequest(method, path);
            request.setRemoteAddr(address);
            if (userAgent != null) {
                request.addHeader("User-Agent", userAgent);
            }
            if (!cookies.isEmpty()) {
                request.setCookies(cookies.toArray(Cookie[]::new));
            }
            return request;
        }

        MockHttpServletResponse send(MockHttpServletRequest request, FilterChain page) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            try {
                filter.doFilter(request, response, page);
            } catch (IOException | ServletException e) {
                throw new IllegalStateException(e);
            }
            if (keepsCookies) {
                for (Cookie cookie : response.getCookies()) {
                    cookies.removeIf(kept -> kept.getName().equals(cookie.getName()));
                    cookies.add(cookie);
                }
            }
            return response;
        }
    }

    static void htmlPage(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response)
            throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><title>Trang</title>");
    }

    /** A page showing the article: sets the attribute as the article controller or the page cache does. */
    static FilterChain articlePage(long articleId) {
        return (request, response) -> {
            request.setAttribute(ViewedArticle.REQUEST_ATTRIBUTE, articleId);
            htmlPage(request, response);
        };
    }
}
