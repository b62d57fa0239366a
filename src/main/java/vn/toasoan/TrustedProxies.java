package vn.toasoan;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The reverse proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed:
 * {@value #PROPERTY} ({@code TOASOAN_PROXY_TRUSTED}), addresses and CIDR ranges, loopback by default. Handed to
 * Tomcat's RemoteIpValve (Spring Boot's native forward-headers strategy) as its internal proxies: a request from
 * one of them gets as client address the right-most forwarded address that is not itself a trusted proxy, and is
 * secure when the proxy says https (Secure cookies, HSTS). A request from any other address keeps its own
 * address whatever headers it sends, so everything that reads {@code getRemoteAddr()} (visitor ids, audit log,
 * login throttle, API tokens) sees the real client.
 */
class TrustedProxies implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "toasoan.proxy.trusted";
    static final String DEFAULT = "127.0.0.0/8,::1/128";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("server.forward-headers-strategy", "native");
        settings.put("server.tomcat.remoteip.internal-proxies", ranges(environment.getProperty(PROPERTY, DEFAULT)));
        // One list: every trusted proxy is "internal" to Tomcat, so none needs a second setting.
        settings.put("server.tomcat.remoteip.trusted-proxies", "");
        environment.getPropertySources().addFirst(new MapPropertySource("toasoanProxies", settings));
    }

    /**
     * The list as Tomcat's CIDR form, which it takes only when a range has a "/" (else it reads a regular
     * expression): a single address becomes a range of one. Blank trusts no proxy.
     */
    static String ranges(String trusted) {
        return Arrays.stream(trusted.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(address -> address.contains("/") ? address : address + (address.contains(":") ? "/128" : "/32"))
                .collect(Collectors.joining(","));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
