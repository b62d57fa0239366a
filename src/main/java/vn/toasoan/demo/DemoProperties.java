package vn.toasoan.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo content for a first look.
 *
 * @param enabled on the first start of an empty database, fill it with the reference site's menu, banners,
 *        the reference article, the mandatory pages and sample news; never touches a database that has content
 */
@ConfigurationProperties("toasoan.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled) {
}
