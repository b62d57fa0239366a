package vn.toasoan.cluster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of cluster mode.
 *
 * @param redisUrl the switch: blank for one node, {@code redis://host:port} (or {@code rediss://}) for a cluster
 * @param keyPrefix starts every Redis key the nodes write, so several sites (or test runs) can share one Redis
 */
@Validated
@ConfigurationProperties("toasoan.cluster")
public record ClusterProperties(
        String redisUrl,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_.:-]{1,40}") @DefaultValue(ClusterProperties.DEFAULT_KEY_PREFIX) String keyPrefix) {

    public static final String DEFAULT_KEY_PREFIX = "toasoan:";

    /** A Redis key of this site: the prefix, then {@code name}. */
    public String key(String name) {
        return keyPrefix + name;
    }
}
