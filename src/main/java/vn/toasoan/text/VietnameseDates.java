package vn.toasoan.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Vietnamese readers write them: day first, "Thứ tư, 17/03/2021". Every method that starts from
 * an {@link Instant} takes the zone explicitly: the server's default zone is often UTC, and between 17:00
 * and 24:00 UTC it is already the next day in Việt Nam.
 */
public final class VietnameseDates {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu");
    /** The same separator twice, so "26/02-2021" is rejected rather than guessed at. */
    private static final Pattern DAY_MONTH_YEAR_INPUT = Pattern.compile("([0-9]{1,2})([/.-])([0-9]{1,2})\\2([0-9]{4})");

    private VietnameseDates() {
    }

    /**
     * Returns the Vietnamese name of {@code day}, capitalised as at the start of a sentence:
     * "Thứ hai" for Monday … "Thứ bảy" for Saturday, "Chủ nhật" for Sunday.
     *
     * @param day the day of the week
     * @return the Vietnamese name
     */
    public static String weekdayName(DayOfWeek day) {
        return switch (Objects.requireNonNull(day, "day")) {
            case MONDAY -> "Thứ hai";
            case TUESDAY -> "Thứ ba";
            case WEDNESDAY -> "Thứ tư";
            case THURSDAY -> "Thứ năm";
            case FRIDAY -> "Thứ sáu";
            case SATURDAY -> "Thứ bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    /**
     * Returns the weekday and date of {@code instant} in {@code zone}: "Thứ tư, 17/03/2021".
     *
     * @param instant the moment
     * @param zone the zone whose calendar date is shown, usually the site's
     * @return the long date
     */
    public static String longDate(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(Objects.requireNonNull(zone, "zone"));
        return weekdayName(local.getDayOfWeek()) + ", " + SHORT_DATE.format(local);
    }

    /**
     * Returns {@link #longDate(Instant, ZoneId)} followed by the 24-hour time: "Thứ tư, 17/03/2021, 08:30".
     *
     * @param instant the moment
     * @param zone the zone whose date and time are shown
     * @return the long date and time
     */
    public static String longDateTime(Instant instant, ZoneId zone) {
        return longDate(instant, zone) + ", " + TIME.format(instant.atZone(zone));
    }

    /**
     * Returns {@code date} as "17/03/2021".
     *
     * @param date the date
     * @return the date as dd/MM/yyyy
     */
    public static String shortDate(LocalDate date) {
        return SHORT_DATE.format(date);
    }

    /**
     * Returns {@code date} without leading zeros, "7/5/1954", as anniversary banners write it
     * ("(7/5/1954 - 7/5/2024)").
     *
     * @param date the date
     * @return the date as d/M/yyyy
     */
    public static String dayMonthYear(LocalDate date) {
        return DAY_MONTH_YEAR.format(date);
    }

    /**
     * Returns {@code date} as ISO 8601, "2021-03-17", for machine-readable attributes such as
     * {@code <time datetime="…">}.
     *
     * @param date the date
     * @return the date as yyyy-MM-dd
     */
    public static String isoDate(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    /**
     * Returns {@code instant} in {@code zone} as ISO 8601 with offset, "2021-03-17T08:30:00+07:00", for
     * {@code <time datetime="…">}; the offset keeps the moment unambiguous for machines.
     *
     * @param instant the moment
     * @param zone the zone whose local time and offset are written
     * @return the date and time as ISO 8601 with offset
     */
    public static String isoDateTime(Instant instant, ZoneId zone) {
        // Whole seconds: HTML's datetime attribute allows at most three fraction digits, and nobody needs them.
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                instant.truncatedTo(ChronoUnit.SECONDS).atZone(Objects.requireNonNull(zone, "zone")));
    }

    /**
     * Reads a day-first date as people type it: "26/02/2021", "6/2/2021", "26-02-2021" or "26.02.2021".
     * Surrounding spaces are ignored; the year must have four digits.
     *
     * @param text the date typed by a person, may be {@code null}
     * @return the date, or empty if {@code text} is not a day-first date or names no real day ("31/02/2021")
     */
    public static Optional<LocalDate> parseDayMonthYear(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = DAY_MONTH_YEAR_INPUT.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(matcher.group(4)),
                    Integer.parseInt(matcher.group(3)),
                    Integer.parseInt(matcher.group(1))));
        } catch (DateTimeException invalidDay) {
            return Optional.empty();
        }
    }
}
