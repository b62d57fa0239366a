package vn.toasoan.stats;

import java.util.List;

/** Read side of the visitor statistics, for pages and the JSON API. */
public interface VisitStatistics {

    /** The current figures; cheap enough to call on every page render. */
    StatsSnapshot current();

    /**
     * Visits per day for the last {@code days} days up to and including today, days of the site time zone, the
     * oldest first; a day without visits is there with 0. Today and yesterday agree with {@link #current()}.
     * Reads the database: for the newsroom, not for every public page.
     */
    List<DailyVisits> daily(int days);
}
