package vn.toasoan.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The application on a random port with the demo content, the fixed clock (7 May 2026, 10:00 in the site zone)
 * and a known first-administrator password. Test classes with this annotation share one context, so they add
 * their own uniquely named data and never assert totals of things other classes change.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.application.name=site-admin-test", "toasoan.account.admin-password=" + SiteAdminTest.ADMIN_PASSWORD})
@Import(FixedClockConfiguration.class)
public @interface SiteAdminTest {

    String ADMIN_PASSWORD = "quan-tri-thu-nghiem-2";
}
