package vn.toasoan.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import vn.toasoan.FilterOrder;

/**
 * Turns the one switch into Spring's settings before any bean exists. Off: Redis and Spring Session stay out of
 * the application entirely (no connection attempts, no Redis health check), although their jars are present.
 * On: the Redis address is handed to Spring Data Redis, Spring Session keeps its sessions under the site's key
 * prefix and runs before the filters that tell staff from readers, and a node without PostgreSQL refuses to start, because
 * nodes that each keep their own H2 file would each have their own site.
 */
class ClusterEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "toasoanCluster";

    /** Spring Boot's automatic configurations that only cluster mode uses. */
    static final List<String> CLUSTER_ONLY_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.observation.LettuceObservationAutoConfiguration",
            "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration",
            "org.springframework.boot.session.autoconfigure.SessionsEndpointAutoConfiguration",
            "org.springframework.boot.session.data.redis.autoconfigure.SessionDataRedisAutoConfiguration");

    /** Where Spring Session keeps the sessions: under this site's key prefix, beside its other keys. */
    static final String SESSION_NAMESPACE = "spring.session.data.redis.namespace";
    /** Tomcat's workers unless TOMCAT_THREADS says otherwise (application.properties). */
    static final String DEFAULT_WORKERS = "toasoan.default-tomcat-threads";
    static final int CLUSTER_WORKERS = 64;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> settings = new LinkedHashMap<>();
        if (ClusterSwitch.isOn(environment)) {
            String datasource = environment.getProperty("spring.datasource.url", "");
            if (!datasource.startsWith("jdbc:postgresql:")) {
                throw new ClusterMisconfigured(datasource);
            }
            settings.put("spring.data.redis.url", environment.getProperty(ClusterSwitch.REDIS_URL));
            putUnlessSet(environment, settings, SESSION_NAMESPACE, environment.getProperty(
                    "toasoan.cluster.key-prefix", ClusterProperties.DEFAULT_KEY_PREFIX) + "session");
            // The session must be known before the visit counter and the page cache ask whether staff is asking.
            settings.put("spring.session.servlet.filter-order", FilterOrder.SESSIONS);
            // Each counted page view waits for a round trip to Redis: with one node's 16 workers all waiting, a
            // cached article page had a p99 of 430-690 ms at 64 connections; with 64 workers 32 ms, at the same rate.
            settings.put(DEFAULT_WORKERS, CLUSTER_WORKERS);
        } else {
            List<String> excluded = new ArrayList<>(Arrays.asList(StringUtils.commaDelimitedListToStringArray(
                    environment.getProperty("spring.autoconfigure.exclude", ""))));
            excluded.addAll(CLUSTER_ONLY_AUTO_CONFIGURATIONS);
            settings.put("spring.autoconfigure.exclude", String.join(",", excluded));
        }
        // First, so that it wins over application.properties; what the operator set is kept above.
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, settings));
    }

    private static void putUnlessSet(ConfigurableEnvironment environment, Map<String, Object> settings, String name,
            Object value) {
        if (!environment.containsProperty(name)) {
            settings.put(name, value);
        }
    }

    /** After the configuration files are read, so the datasource and the switch are known. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
