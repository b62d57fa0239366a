package vn.toasoan;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The system clock in the current {@link SiteZone}, so {@code LocalDate.now(clock)} follows a changed zone. */
final class SiteClock extends Clock {

    private final SiteZone zone;

    SiteClock(SiteZone zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone.get();
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.system(other);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
