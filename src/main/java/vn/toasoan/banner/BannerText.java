package vn.toasoan.banner;

import java.time.LocalDate;
import java.time.MonthDay;

import vn.toasoan.text.VietnameseDates;

/** Turns a banner template into the text of a given day. Pure, so it is tested without a database or clock. */
public final class BannerText {

    private BannerText() {
    }

    public static String render(String template, LocalDate eventDate, LocalDate today) {
        if (eventDate == null) {
            return template;
        }
        int years = today.getYear() - eventDate.getYear();
        // 29/2 events fall on 28/2 in common years, as such anniversaries are celebrated.
        LocalDate anniversary = MonthDay.from(eventDate).atYear(today.getYear());
        return template.replace("{years}", Integer.toString(years))
                .replace("{event_date}", VietnameseDates.dayMonthYear(eventDate))
                .replace("{anniversary_date}", VietnameseDates.dayMonthYear(anniversary));
    }
}
