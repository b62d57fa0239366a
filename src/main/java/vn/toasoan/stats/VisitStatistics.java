package vn.toasoan.stats;

/** Read side of the visitor statistics, for pages and the JSON API. */
public interface VisitStatistics {

    /** The current figures; cheap enough to call on every page render. */
    StatsSnapshot current();
}
