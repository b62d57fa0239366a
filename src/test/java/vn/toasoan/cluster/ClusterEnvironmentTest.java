package vn.toasoan.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class ClusterEnvironmentTest {

    private final ClusterEnvironment cluster = new ClusterEnvironment();

    @Test
    void withoutARedisUrlRedisAndSharedSessionsStayOutAndWhatTheOperatorExcludedIsKept() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.autoconfigure.exclude", "com.example.Other")
                .withProperty(ClusterSwitch.REDIS_URL, " ");

        cluster.postProcessEnvironment(environment, new SpringApplication());

        assertThat(ClusterSwitch.isOn(environment)).isFalse();
        assertThat(environment.getProperty("spring.autoconfigure.exclude", String[].class))
                .hasSize(1 + ClusterEnvironment.CLUSTER_ONLY_AUTO_CONFIGURATIONS.size())
                .startsWith("com.example.Other")
                .contains("org.springframework.boot.session.data.redis.autoconfigure.SessionDataRedisAutoConfiguration",
                        "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration");
        assertThat(environment.getProperty("spring.data.redis.url")).isNull();
        assertThat(environment.getProperty(ClusterEnvironment.DEFAULT_WORKERS)).isNull();
    }

    @Test
    void aRedisUrlWithPostgresqlSwitchesClusterModeOnAndHandsTheUrlToSpringDataRedis() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(ClusterSwitch.REDIS_URL, "redis://127.0.0.1:6379")
                .withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/toasoan");

        cluster.postProcessEnvironment(environment, new SpringApplication());

        assertThat(ClusterSwitch.isOn(environment)).isTrue();
        assertThat(environment.getProperty("spring.data.redis.url")).isEqualTo("redis://127.0.0.1:6379");
        assertThat(environment.getProperty(ClusterEnvironment.DEFAULT_WORKERS)).isEqualTo("64");
        assertThat(environment.getProperty("spring.autoconfigure.exclude")).isNull();
    }

    @Test
    void sessionsLiveUnderTheSiteKeyPrefixAndTheirFilterRunsBeforeTheVisitCounter() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(ClusterSwitch.REDIS_URL, "redis://127.0.0.1:6379")
                .withProperty("toasoan.cluster.key-prefix", "tinh-a:")
                .withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/toasoan");

        cluster.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(ClusterEnvironment.SESSION_NAMESPACE)).isEqualTo("tinh-a:session");
        assertThat(environment.getProperty("spring.session.servlet.filter-order", Integer.class))
                .isEqualTo(vn.toasoan.FilterOrder.SESSIONS).isLessThan(vn.toasoan.FilterOrder.PAGE_VIEWS);
    }

    @Test
    void aRedisUrlWithTheEmbeddedH2RefusesToStartSayingWhyInOneLine() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(ClusterSwitch.REDIS_URL, "redis://127.0.0.1:6379")
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/db/toasoan;LOCK_TIMEOUT=10000");

        assertThatThrownBy(() -> cluster.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(ClusterMisconfigured.class)
                .hasMessage("Cluster mode (toasoan.cluster.redis-url) needs a PostgreSQL database shared by every "
                        + "node, but spring.datasource.url is jdbc:h2:file:./data/db/toasoan: set "
                        + "SPRING_DATASOURCE_URL=jdbc:postgresql://… or unset TOASOAN_CLUSTER_REDIS_URL.");
        assertThat(new ClusterFailureAnalyzer().analyze(new ClusterMisconfigured("")).getDescription())
                .doesNotContain("\n").contains("spring.datasource.url is not set");
    }

    @Test
    void theExcludedAutoConfigurationsAreTheOnesSpringBootDeclares() throws Exception {
        for (String name : ClusterEnvironment.CLUSTER_ONLY_AUTO_CONFIGURATIONS) {
            assertThat(Class.forName(name)).as(name).isNotNull();
        }
        assertThat(List.copyOf(ClusterEnvironment.CLUSTER_ONLY_AUTO_CONFIGURATIONS)).doesNotHaveDuplicates();
    }
}
