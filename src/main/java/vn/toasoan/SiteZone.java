package vn.toasoan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The site time zone as it is now: {@code toasoan.site.zone} until an administrator saves another in the site
 * settings, which move it. Everything that turns an instant into a calendar day or a displayed time asks here
 * (not {@link SiteProperties#zone()}, which is only the configured default), so a change applies at once.
 */
public final class SiteZone {

    private volatile ZoneId zone;

    public SiteZone(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
    }

    public ZoneId get() {
        return zone;
    }

    /** Only the site settings call this, when a saved zone is loaded or changed. */
    public void set(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone);
    }

    /** Today in the site zone at the clock's instant. */
    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
