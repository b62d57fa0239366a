package vn.toasoan.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseDatesTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @ParameterizedTest
    @CsvSource({
            "MONDAY, Thứ hai", "TUESDAY, Thứ ba", "WEDNESDAY, Thứ tư", "THURSDAY, Thứ năm",
            "FRIDAY, Thứ sáu", "SATURDAY, Thứ bảy", "SUNDAY, Chủ nhật",
    })
    void namesWeekdays(DayOfWeek day, String name) {
        assertThat(VietnameseDates.weekdayName(day)).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
            // 17:00 UTC is midnight in Việt Nam (UTC+7): the date changes there, not in UTC.
            "2021-03-16T16:59:59Z, Asia/Ho_Chi_Minh, 'Thứ ba, 16/03/2021'",
            "2021-03-16T17:00:00Z, Asia/Ho_Chi_Minh, 'Thứ tư, 17/03/2021'",
            "2021-03-16T17:00:00Z, UTC, 'Thứ ba, 16/03/2021'",
            "2021-03-17T01:30:00Z, Asia/Ho_Chi_Minh, 'Thứ tư, 17/03/2021'",
            "2021-03-17T16:59:59Z, Asia/Ho_Chi_Minh, 'Thứ tư, 17/03/2021'",
            "2021-03-17T17:00:00Z, Asia/Ho_Chi_Minh, 'Thứ năm, 18/03/2021'",
            "2021-03-17T23:59:59Z, UTC, 'Thứ tư, 17/03/2021'",
            "1975-04-30T04:30:00Z, Asia/Ho_Chi_Minh, 'Thứ tư, 30/04/1975'",
            "2023-12-31T17:00:00Z, Asia/Ho_Chi_Minh, 'Thứ hai, 01/01/2024'",
            "2024-02-29T10:00:00Z, Asia/Ho_Chi_Minh, 'Thứ năm, 29/02/2024'",
            "2021-03-21T03:00:00Z, Asia/Ho_Chi_Minh, 'Chủ nhật, 21/03/2021'",
    })
    void writesTheLongDateInTheGivenZone(Instant instant, ZoneId zone, String expected) {
        assertThat(VietnameseDates.longDate(instant, zone)).isEqualTo(expected);
    }

    @Test
    void ignoresTheJvmDefaultZone() {
        TimeZone original = TimeZone.getDefault();
        try {
            for (String zone : new String[] {"UTC", "America/Los_Angeles", "Pacific/Kiritimati"}) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                assertThat(VietnameseDates.longDate(Instant.parse("2021-03-16T17:00:00Z"), VIETNAM))
                        .isEqualTo("Thứ tư, 17/03/2021");
            }
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "2021-03-17T01:30:00Z, 'Thứ tư, 17/03/2021, 08:30'",
            "2021-03-16T17:00:00Z, 'Thứ tư, 17/03/2021, 00:00'",
            "2021-03-16T16:59:00Z, 'Thứ ba, 16/03/2021, 23:59'",
            "2021-03-17T06:05:00Z, 'Thứ tư, 17/03/2021, 13:05'",
    })
    void writesTheLongDateTimeInTheGivenZone(Instant instant, String expected) {
        assertThat(VietnameseDates.longDateTime(instant, VIETNAM)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "2021-03-17, 17/03/2021, 17/3/2021, 2021-03-17",
            "1954-05-07, 07/05/1954, 7/5/1954, 1954-05-07",
            "2024-05-07, 07/05/2024, 7/5/2024, 2024-05-07",
            "1975-04-30, 30/04/1975, 30/4/1975, 1975-04-30",
            "2000-01-01, 01/01/2000, 1/1/2000, 2000-01-01",
            "2021-12-31, 31/12/2021, 31/12/2021, 2021-12-31",
    })
    void formatsLocalDates(LocalDate date, String shortDate, String dayMonthYear, String iso) {
        assertThat(VietnameseDates.shortDate(date)).isEqualTo(shortDate);
        assertThat(VietnameseDates.dayMonthYear(date)).isEqualTo(dayMonthYear);
        assertThat(VietnameseDates.isoDate(date)).isEqualTo(iso);
    }

    @Test
    void writesAnniversaryBanners() {
        String banner = "(" + VietnameseDates.dayMonthYear(LocalDate.of(1954, 5, 7)) + " - "
                + VietnameseDates.dayMonthYear(LocalDate.of(2024, 5, 7)) + ")";
        assertThat(banner).isEqualTo("(7/5/1954 - 7/5/2024)");
    }

    @Test
    void writesIsoDateTimeWithTheZoneOffset() {
        Instant instant = Instant.parse("2021-03-17T01:30:00Z");
        assertThat(VietnameseDates.isoDateTime(instant, VIETNAM)).isEqualTo("2021-03-17T08:30:00+07:00");
        assertThat(VietnameseDates.isoDateTime(instant, ZoneOffset.UTC)).isEqualTo("2021-03-17T01:30:00Z");
        assertThat(VietnameseDates.isoDateTime(instant.plusNanos(707_227_123), VIETNAM))
                .as("no fraction: HTML allows three digits at most").isEqualTo("2021-03-17T08:30:00+07:00");
    }

    @ParameterizedTest
    @CsvSource({
            "26/02/2021, 2021-02-26", "6/2/2021, 2021-02-06", "06/2/2021, 2021-02-06", "6/02/2021, 2021-02-06",
            "26-02-2021, 2021-02-26", "26.02.2021, 2021-02-26", "7.5.1954, 1954-05-07",
            "' 29/02/2024 ', 2024-02-29", "31/12/1999, 1999-12-31", "1/1/0001, 0001-01-01",
    })
    void parsesDayFirstDates(String text, LocalDate expected) {
        assertThat(VietnameseDates.parseDayMonthYear(text)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "31/02/2021", "29/02/2023", "32/01/2021", "00/01/2021", "15/13/2021", "15/00/2021",
            "abc", " ", "26/02/21", "26/02/02021", "2021-02-26", "26/02-2021", "26.02/2021", "26 02 2021",
            "026/02/2021", "26/002/2021", "+1/02/2021", "-1/02/2021", "26/02/2021 08:30", "26/02/2021x",
            "٢٦/٠٢/٢٠٢١", "２６/０２/２０２１", "99999999999/02/2021",
    })
    void rejectsAnythingElseWithoutThrowing(String text) {
        assertThat(VietnameseDates.parseDayMonthYear(text)).isEmpty();
    }
}
