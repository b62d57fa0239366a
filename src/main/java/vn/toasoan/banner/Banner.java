package vn.toasoan.banner;

import java.time.LocalDate;

/**
 * A banner item. With an {@code eventDate} it is an anniversary: its template may use {@code {years}} (years
 * since the event, in the current year), {@code {event_date}} ("7/5/1954") and {@code {anniversary_date}}
 * ("7/5/2026"), so the same item stays right every year.
 *
 * @param startsOn first day shown (site time zone), or null for "already"
 * @param endsOn last day shown, or null for "until removed"
 */
public record Banner(long id, String template, LocalDate eventDate, LocalDate startsOn, LocalDate endsOn,
        String linkUrl, int position) {

    public boolean shownOn(LocalDate day) {
        return (startsOn == null || !day.isBefore(startsOn)) && (endsOn == null || !day.isAfter(endsOn));
    }
}
