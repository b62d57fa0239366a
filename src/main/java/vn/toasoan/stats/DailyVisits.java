package vn.toasoan.stats;

import java.time.LocalDate;

/**
 * The visits that started on one day.
 *
 * @param day a calendar day in the site time zone
 */
public record DailyVisits(LocalDate day, long visits) {
}
