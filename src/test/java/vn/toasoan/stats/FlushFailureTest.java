package vn.toasoan.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.toasoan.stats.UserAgents.CHROME;
import static vn.toasoan.stats.UserAgents.FIREFOX;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import vn.toasoan.testsupport.MutableClock;

/** A batch the database refuses is written whole by a later flush: nothing lost, nothing twice. */
class FlushFailureTest {

    private static final LocalDate TODAY = LocalDate.parse("2025-03-01");

    @Test
    void aBatchThatFailsHalfwayIsRolledBackAndRetriedByTheNextFlush() {
        FailingDataSource database = new FailingDataSource(StatsFixture.newDatabase());
        StatsFixture stats = new StatsFixture(MutableClock.at("2025-03-01T10:00:00"), 0, database);
        long article = stats.insertArticle();
        stats.browser(CHROME, "203.0.113.7").get("/tin-tuc/a", StatsFixture.articlePage(article));
        stats.browser(FIREFOX, "203.0.113.8").get("/tin-tuc/a", StatsFixture.articlePage(article));

        // The visit_day INSERT succeeds, then the article UPDATE fails: the transaction must undo the INSERT.
        // Statements: 1 UPDATE visit_day (no row), 2 INSERT visit_day, 3 UPDATE article.
        database.failAtStatement(database.statements() + 3);
        assertThat(stats.store.flush()).isFalse();
        assertThat(stats.persistedVisits(TODAY)).isZero();
        assertThat(stats.viewCount(article)).isZero();
        assertThat(stats.stats().today()).as("still shown from memory").isEqualTo(2);

        stats.browser(CHROME, "203.0.113.9").get("/tin-tuc/a", StatsFixture.articlePage(article));
        assertThat(stats.store.flush()).isTrue();
        assertThat(stats.persistedVisits(TODAY)).isEqualTo(3);
        assertThat(stats.viewCount(article)).isEqualTo(3);

        assertThat(stats.store.flush()).isTrue();
        assertThat(stats.persistedVisits(TODAY)).isEqualTo(3);
        assertThat(stats.viewCount(article)).isEqualTo(3);
    }

    @Test
    void noConnectionAtAllIsRetriedToo() {
        FailingDataSource database = new FailingDataSource(StatsFixture.newDatabase());
        StatsFixture stats = new StatsFixture(MutableClock.at("2025-03-01T10:00:00"), 0, database);
        stats.browser(CHROME, "203.0.113.7").get("/");

        database.refuseConnections(2);
        assertThat(stats.store.flush()).isFalse();
        assertThat(stats.store.flush()).isFalse();
        assertThat(stats.store.flush()).isTrue();

        assertThat(stats.persistedVisits(TODAY)).isEqualTo(1);
    }

    /** Fails the n-th prepared statement once, or the next connections, on demand. */
    static final class FailingDataSource extends DelegatingDataSource {

        private final AtomicInteger prepared = new AtomicInteger();
        private volatile int failAt = -1;
        private final AtomicInteger refusals = new AtomicInteger();

        FailingDataSource(DataSource target) {
            super(target);
        }

        int statements() {
            return prepared.get();
        }

        void failAtStatement(int n) {
            failAt = n;
        }

        void refuseConnections(int count) {
            refusals.set(count);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new SQLException("Connection refused (test)");
            }
            Connection connection = super.getConnection();
            InvocationHandler handler = (proxy, method, args) -> {
                if (method.getName().startsWith("prepare") && prepared.incrementAndGet() == failAt) {
                    failAt = -1;
                    throw new SQLException("Injected failure (test)");
                }
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {Connection.class}, handler);
        }
    }
}
