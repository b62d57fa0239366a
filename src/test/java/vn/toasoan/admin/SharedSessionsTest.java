package vn.toasoan.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.toasoan.ToaSoanApplication;
import vn.toasoan.account.Account;
import vn.toasoan.account.Accounts;
import vn.toasoan.account.Actor;
import vn.toasoan.account.Role;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.StaffLogins;
import vn.toasoan.testsupport.TestDatabases;
import vn.toasoan.testsupport.TestRedis;

/**
 * Two nodes on one PostgreSQL database and one Redis,
 * and one browser that goes to either: a session begun on one is the session on the other, ends on both, and is
 * stored as JSON. Both nodes are started here, not by Spring's test support: the switch and the PostgreSQL database
 * must be known while Spring Boot prepares the environment. Run with {@code -DexcludedTestGroups=none}.
 */
@Tag("redis")
class SharedSessionsTest {

    /** This class's own keys (one class runs in one JVM at a time); emptied before and after each test. */
    static final String PREFIX = "shared-sessions-test:";

    /** One database both nodes share: cluster mode needs PostgreSQL whatever the other tests run on. */
    private static final String DATABASE = TestDatabases.createPostgresDatabase(TestDatabases.postgresServerUrl(),
            TestDatabases.postgresUser(), TestDatabases.postgresPassword());

    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;
    private int port;
    private Accounts accounts;
    private StringRedisTemplate redis;

    @BeforeEach
    void startFirstNode() {
        first = startNode("shared-sessions-first-node");
        port = ((WebServerApplicationContext) first).getWebServer().getPort();
        accounts = first.getBean(Accounts.class);
        redis = first.getBean(StringRedisTemplate.class);
        TestRedis.deleteAll(redis, PREFIX);
    }

    @AfterEach
    void stopNodes() {
        TestRedis.deleteAll(redis, PREFIX);
        if (second != null) {
            second.close();
        }
        first.close();
    }

    private int startSecondNode() {
        second = startNode("shared-sessions-second-node");
        return ((WebServerApplicationContext) second).getWebServer().getPort();
    }

    private static ConfigurableApplicationContext startNode(String name) {
        return new SpringApplicationBuilder(ToaSoanApplication.class).run(
                "--spring.application.name=" + name, "--server.port=0", "--management.server.port=-1",
                "--toasoan.data-dir=" + TestDatabases.newDataDirectory(),
                "--spring.datasource.url=" + DATABASE,
                "--spring.datasource.username=" + TestDatabases.postgresUser(),
                "--spring.datasource.password=" + TestDatabases.postgresPassword(),
                "--spring.datasource.hikari.maximum-pool-size=4",
                "--toasoan.cluster.redis-url=" + TestRedis.url(), "--toasoan.cluster.key-prefix=" + PREFIX);
    }

    @Test
    void aSessionBegunOnOneNodeWorksOnTheOtherEndsOnBothAndIsJson() {
        long id = new StaffLogins(accounts, port).create(Role.EDITOR, "bien-tap-hai-nut");
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        NewsroomClient nodeA = new NewsroomClient(port, cookies).loggedInAs("bien-tap-hai-nut", StaffLogins.PASSWORD);
        NewsroomClient nodeB = new NewsroomClient(startSecondNode(), cookies);

        assertThat(nodeB.get("/quan-tri").statusCode()).isEqualTo(200);
        HttpResponse<String> renamed = nodeB.submit("/quan-tri/tai-khoan", "/quan-tri/tai-khoan/ten",
                Map.of("displayName", "Trần Thị Thu Hà", "penName", "Thu Hà"));
        assertThat(renamed.headers().firstValue("Location").orElse("")).doesNotContain("dang-nhap");
        assertThat(accounts.find(id).orElseThrow().displayName()).isEqualTo("Trần Thị Thu Hà");

        // The next request on either node brings the session's copy of the account up to date.
        assertThat(nodeA.get("/quan-tri").statusCode()).isEqualTo(200);
        Set<String> keys = redis.keys(PREFIX + "session:sessions:*");
        assertThat(keys).hasSize(1);
        Object context = redis.opsForHash().get(keys.iterator().next(), "sessionAttr:SPRING_SECURITY_CONTEXT");
        JsonNode json = JsonMapper.shared().readTree((String) context);
        assertThat(json.at("/authentication/principal/account/username").asString()).isEqualTo("bien-tap-hai-nut");
        assertThat(json.at("/authentication/principal/account/displayName").asString()).isEqualTo("Trần Thị Thu Hà");

        nodeA.submit("/quan-tri", "/quan-tri/dang-xuat", Map.of());
        assertThat(redis.hasKey(keys.iterator().next())).isFalse();
        assertThat(nodeB.get("/quan-tri").headers().firstValue("Location").orElse("")).contains("/quan-tri/dang-nhap");
    }

    @Test
    void anAccountDisabledOnOneNodeIsLoggedOutOnTheOther() {
        long id = new StaffLogins(accounts, port).create(Role.AUTHOR, "tat-tren-nut-b");
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        NewsroomClient nodeA = new NewsroomClient(port, cookies).loggedInAs("tat-tren-nut-b", StaffLogins.PASSWORD);
        startSecondNode();
        Accounts onB = second.getBean(Accounts.class);
        Account account = onB.find(id).orElseThrow();

        onB.update(Actor.system(), id, account.version(), account.displayName(), null, null, Role.AUTHOR, false);

        assertThat(nodeA.get("/quan-tri").headers().firstValue("Location").orElse("")).contains("/quan-tri/dang-nhap");
        // The session that was logged in is gone; what is left is the new one remembering the page asked for.
        for (String key : redis.keys(PREFIX + "session:sessions:*")) {
            assertThat(redis.opsForHash().hasKey(key, "sessionAttr:SPRING_SECURITY_CONTEXT")).isFalse();
        }
    }

    @Test
    void anEditorLoggedInThroughAStoppedNodeKeepsWorking() {
        new StaffLogins(accounts, port).create(Role.EDITOR, "nut-da-tat");
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        new NewsroomClient(startSecondNode(), cookies).loggedInAs("nut-da-tat", StaffLogins.PASSWORD);

        second.close();
        second = null;

        assertThat(new NewsroomClient(port, cookies).get("/quan-tri").statusCode()).isEqualTo(200);
    }
}
