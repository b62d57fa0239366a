package vn.toasoan.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestInstance;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * Starts the test's application module (its package) with the modules whose beans it uses, through Spring
 * Modulith, instead of the whole application: no web server, no search index, no page cache, no demo content, and
 * no listener of another module doing work after every change. Each test class still gets its own fresh database
 * when its configuration differs (give it a {@code spring.application.name} of its own, as the others do).
 *
 * <p>The settings module always comes along: the clock every module uses reads the site zone, and the settings
 * module makes that bean (from the zone an administrator saved). A test that uses another module's beans itself
 * (not through its own module) is better off with the whole application: an extra module comes without the modules
 * it needs. Test instances stay one per test method, JUnit's default, which {@code @ApplicationModuleTest} alone
 * would change to one per class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "settings")
@TestInstance(TestInstance.Lifecycle.PER_METHOD)
public @interface ModuleTest {
}
