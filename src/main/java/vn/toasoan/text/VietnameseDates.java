package vn.toasoan.text;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Placeholder until the text package lands. */
public final class VietnameseDates {
    private VietnameseDates() {
    }

    public static String weekdayName(DayOfWeek d) {
        return switch (d) {
            case MONDAY -> "Thứ hai";
            case TUESDAY -> "Thứ ba";
            case WEDNESDAY -> "Thứ tư";
            case THURSDAY -> "Thứ năm";
            case FRIDAY -> "Thứ sáu";
            case SATURDAY -> "Thứ bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    public static String longDate(Instant i, ZoneId z) {
        LocalDate d = i.atZone(z).toLocalDate();
        return weekdayName(d.getDayOfWeek()) + ", " + shortDate(d);
    }

    public static String shortDate(LocalDate d) {
        return d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    public static String dayMonthYear(LocalDate d) {
        return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    }
}
