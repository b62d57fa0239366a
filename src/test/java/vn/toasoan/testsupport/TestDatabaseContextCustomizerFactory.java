package vn.toasoan.testsupport;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Gives every {@code @SpringBootTest} context its own temp data directory and its own fresh, empty database, so
 * tests are isolated and can assert exact counts.
 *
 * <ul>
 * <li>{@code toasoan.data-dir}: a new temp directory (deleted at JVM exit);</li>
 * <li>{@code management.server.port=-1}: no separate management server (Boot: a negative port disables it);</li>
 * <li>{@code spring.datasource.url}: H2 file database {@code <tmp>/db/toasoan} by default or with
 * {@code -Dtoasoan.test.database=h2}; with {@code -Dtoasoan.test.database=postgres} a throw-away PostgreSQL
 * database, see {@link TestDatabases}.</li>
 * </ul>
 *
 * These are defaults only: a property set by the test itself ({@code @SpringBootTest(properties = ...)},
 * {@code @TestPropertySource}, {@code @DynamicPropertySource}) wins, and when the test sets its own
 * {@code spring.datasource.url} no database is created. The defaults do win over system properties, environment
 * variables and application.properties, so a developer's environment cannot leak into tests.
 *
 * <p>Registered in {@code META-INF/spring.factories}. Runs first, so Boot's random-port customizer sees port -1.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, SpringBootTest.class)
                ? new TestDatabaseContextCustomizer() : null;
    }

    static final class TestDatabaseContextCustomizer implements ContextCustomizer {

        static final String PROPERTY_SOURCE_NAME = "toasoanTestDefaults";

        private static final String URL = "spring.datasource.url";

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            MutablePropertySources sources = context.getEnvironment().getPropertySources();
            TestDatabases.Mode mode = TestDatabases.mode();
            Path dataDir = TestDatabases.newDataDirectory();
            Map<String, Object> defaults = new LinkedHashMap<>();
            defaults.put("toasoan.data-dir", dataDir.toString());
            defaults.put("management.server.port", "-1");
            if (!definedByTest(sources, URL)) {
                if (mode == TestDatabases.Mode.POSTGRES) {
                    String user = TestDatabases.postgresUser();
                    String password = TestDatabases.postgresPassword();
                    defaults.put(URL,
                            TestDatabases.createPostgresDatabase(TestDatabases.postgresServerUrl(), user, password));
                    defaults.put("spring.datasource.username", user);
                    defaults.put("spring.datasource.password", password);
                } else {
                    defaults.put(URL,
                            TestDatabases.h2Url(dataDir) + h2Options(context.getEnvironment().getProperty(URL)));
                    defaults.put("spring.datasource.username", "sa");
                    defaults.put("spring.datasource.password", "");
                }
                // Cached contexts keep their pools open: keep each small and let an idle one shrink to a single
                // connection (PostgreSQL allows 100; spring.properties bounds the number of cached contexts).
                defaults.put("spring.datasource.hikari.maximum-pool-size", "4");
                defaults.put("spring.datasource.hikari.minimum-idle", "1");
                defaults.put("spring.datasource.hikari.idle-timeout", "10000");
            }
            MapPropertySource source = new MapPropertySource(PROPERTY_SOURCE_NAME, defaults);
            if (sources.contains(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME)) {
                sources.addBefore(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, source);
            } else {
                sources.addLast(source);
            }
        }

        /**
         * The ";KEY=VALUE..." settings of the application's own H2 URL (application.properties), so the tests run
         * the embedded default exactly as configured, only in another directory.
         */
        static String h2Options(String applicationUrl) {
            if (applicationUrl == null || !applicationUrl.startsWith("jdbc:h2:")) {
                return "";
            }
            int semicolon = applicationUrl.indexOf(';');
            return semicolon < 0 ? "" : applicationUrl.substring(semicolon);
        }

        /** Whether a test-level source (they all come before the system properties) sets {@code name}. */
        private static boolean definedByTest(MutablePropertySources sources, String name) {
            for (PropertySource<?> source : sources) {
                if (source.getName().equals(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME)) {
                    return false;
                }
                // Boot's "configurationProperties" source is a view over all the others: skip it.
                if (!source.getName().equals("configurationProperties") && source.containsProperty(name)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
