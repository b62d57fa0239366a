package vn.toasoan.cluster;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether Redis was away at the last try, for one use of it, and the rule every use follows: the outage is logged
 * once when it begins and once when Redis answers again, never once per request.
 */
public final class RedisOutage {

    private final Logger log;
    private final String meanwhile;
    private final String afterwards;
    private final AtomicBoolean away = new AtomicBoolean();

    /**
     * @param user the class whose logger says it
     * @param meanwhile what happens while Redis is away ("each node counts … on its own")
     * @param afterwards what happens again when it answers ("… counted across all nodes again")
     */
    public RedisOutage(Class<?> user, String meanwhile, String afterwards) {
        this.log = LoggerFactory.getLogger(user);
        this.meanwhile = meanwhile;
        this.afterwards = afterwards;
    }

    /** A call failed; returns true when this began the outage (and logged it). */
    public boolean failed(RuntimeException cause) {
        if (away.compareAndSet(false, true)) {
            log.warn("Redis is not answering ({}): {}", cause.toString(), meanwhile);
            return true;
        }
        return false;
    }

    /** A call went through: ends the outage, if there was one (and logs it). */
    public void answered() {
        if (away.compareAndSet(true, false)) {
            log.info("Redis answers again: {}", afterwards);
        }
    }

    public boolean isAway() {
        return away.get();
    }
}
