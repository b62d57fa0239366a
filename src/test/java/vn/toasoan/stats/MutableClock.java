package vn.toasoan.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock tests move by hand: time passes without sleeping. */
final class MutableClock extends Clock {

    static final ZoneId SITE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ZoneId zone;
    private volatile Instant now;

    MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock at the given local date-time in the site zone, e.g. {@code "2025-03-01T10:00:00"}. */
    static MutableClock at(String localDateTime) {
        return new MutableClock(LocalDateTime.parse(localDateTime).atZone(SITE_ZONE).toInstant(), SITE_ZONE);
    }

    void set(String localDateTime) {
        now = LocalDateTime.parse(localDateTime).atZone(SITE_ZONE).toInstant();
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MutableClock(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
