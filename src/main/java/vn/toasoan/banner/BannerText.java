package vn.toasoan.banner;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.toasoan.text.VietnameseDates;

/** Turns a banner template into the text of a given day. Pure, so it is tested without a database or clock. */
public final class BannerText {

    /** The placeholders an anniversary template may use. */
    public static final List<String> PLACEHOLDERS = List.of("years", "event_date", "anniversary_date");

    /** A word in braces is meant as a placeholder; other braces ("{0}", "{ }") are plain text. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)\\}");

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

    /**
     * What is wrong with a template, in Vietnamese, or null: an unknown placeholder, or a placeholder in a plain
     * item, which has no event date to compute it from.
     */
    public static String problem(String template, boolean anniversary) {
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            String name = m.group(1);
            if (!PLACEHOLDERS.contains(name)) {
                return "Không có chỗ trống {" + name + "}: chỉ dùng được {years} (số năm), {event_date} (ngày sự kiện)"
                        + " và {anniversary_date} (ngày kỷ niệm năm nay).";
            }
            if (!anniversary) {
                return "Chỗ trống {" + name + "} chỉ dùng được cho mục kỷ niệm: hãy chọn loại „Kỷ niệm” và nhập"
                        + " ngày sự kiện.";
            }
        }
        return null;
    }
}
