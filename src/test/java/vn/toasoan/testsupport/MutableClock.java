package vn.toasoan.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that tests move by hand, so nothing in a test waits for real time to pass. */
public final class MutableClock extends Clock {

    /** The zone of the sites the tests describe: Vietnam, UTC+7 all year. */
    public static final ZoneId SITE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public MutableClock(Instant start, ZoneId zone) {
        this.now = new AtomicReference<>(start);
        this.zone = zone;
    }

    /** A clock at the given local date-time in the site zone, e.g. {@code "2025-03-01T10:00:00"}. */
    public static MutableClock at(String localDateTime) {
        return new MutableClock(inSiteZone(localDateTime), SITE_ZONE);
    }

    public void set(Instant instant) {
        now.set(instant);
    }

    /** Sets the clock to a local date-time in the site zone, e.g. {@code "2025-03-02T00:00:01"}. */
    public void set(String localDateTime) {
        now.set(inSiteZone(localDateTime));
    }

    public void advance(Duration duration) {
        now.updateAndGet(i -> i.plus(duration));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now.get(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    private static Instant inSiteZone(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SITE_ZONE).toInstant();
    }
}
