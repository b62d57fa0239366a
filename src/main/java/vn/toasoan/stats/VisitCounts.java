package vn.toasoan.stats;

/**
 * Visits counted by a {@link VisitStore}, persisted or not yet.
 *
 * @param total all visits ever (without the configured offset)
 * @param today visits that started today in the site time zone
 * @param yesterday visits that started the day before
 */
record VisitCounts(long total, long today, long yesterday) {
}
