package vn.toasoan.cluster;

import org.springframework.core.env.PropertyResolver;
import org.springframework.util.StringUtils;

/** The one switch: a Redis address in {@code toasoan.cluster.redis-url} ({@code TOASOAN_CLUSTER_REDIS_URL}). */
public final class ClusterSwitch {

    public static final String REDIS_URL = "toasoan.cluster.redis-url";

    private ClusterSwitch() {
    }

    public static boolean isOn(PropertyResolver properties) {
        return StringUtils.hasText(properties.getProperty(REDIS_URL));
    }
}
