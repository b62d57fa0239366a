package vn.toasoan.admin;

import static vn.toasoan.text.VietnameseNumbers.grouped;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.toasoan.stats.DailyVisits;
import vn.toasoan.text.VietnameseDates;

/**
 * Visits per day as a bar chart drawn on the server: the geometry of an inline SVG ({@code viewBox} 0 0 720 250),
 * so the dashboard needs no script and every figure is in the page. Bars are scaled to the busiest day, which is
 * labelled; every fifth day, counted back from today, carries a dd/MM label.
 *
 * @param summary one sentence saying what the chart shows, for its accessible name
 */
public record VisitChart(List<Bar> bars, long max, long total, String summary, List<AxisLabel> axisLabels) {

    // The template's viewBox is 0 0 720 250: 30 slots of SLOT after LEFT, the dates below the baseline.
    /** Room for the value axis on the left. */
    static final int LEFT = 50;
    /** Above the highest bar: room for its label. */
    static final int TOP = 20;
    static final int PLOT_HEIGHT = 200;
    static final int BASELINE = TOP + PLOT_HEIGHT;
    static final int SLOT = 22;
    static final int BAR_WIDTH = 16;
    /** Every this many days (from today backwards) a date under the bar. */
    static final int LABEL_EVERY = 5;

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    /**
     * One day.
     *
     * @param x left edge, y top edge, height of the bar, all SVG user units written with one decimal
     * @param dayMonth the day as the axis writes it, "07/05"
     * @param labelled whether the axis shows this day's date
     * @param busiest whether this is the busiest day (the latest one, if several tie), whose value is labelled
     */
    public record Bar(LocalDate day, long visits, String x, String y, String height, String centre, String dayMonth,
            boolean labelled, boolean busiest) {

        /** The tooltip: "07/05/2026: 12 lượt truy cập". */
        public String tooltip() {
            return VietnameseDates.shortDate(day) + ": " + grouped(visits) + " lượt truy cập";
        }

        /** Where the busiest day's value sits: just above its bar. */
        public String valueY() {
            return decimal(Double.parseDouble(y) - 5);
        }
    }

    /** A label of the value axis: its text and height. */
    public record AxisLabel(String text, String y) {
    }

    static VisitChart of(List<DailyVisits> days) {
        long max = days.stream().mapToLong(DailyVisits::visits).max().orElse(0);
        long total = days.stream().mapToLong(DailyVisits::visits).sum();
        int busiest = -1;
        for (int i = 0; i < days.size(); i++) {
            if (max > 0 && days.get(i).visits() == max) {
                busiest = i;
            }
        }
        List<Bar> bars = new ArrayList<>(days.size());
        for (int i = 0; i < days.size(); i++) {
            DailyVisits day = days.get(i);
            double height = max == 0 ? 0 : (double) day.visits() * PLOT_HEIGHT / max;
            double x = LEFT + i * SLOT + (SLOT - BAR_WIDTH) / 2.0;
            bars.add(new Bar(day.day(), day.visits(), decimal(x), decimal(BASELINE - height), decimal(height),
                    decimal(x + BAR_WIDTH / 2.0), DAY_MONTH.format(day.day()),
                    (days.size() - 1 - i) % LABEL_EVERY == 0, i == busiest));
        }
        List<AxisLabel> axis = max == 0 ? List.of(new AxisLabel("0", decimal(BASELINE)))
                : List.of(new AxisLabel("0", decimal(BASELINE)), new AxisLabel(grouped(max), decimal(TOP)));
        return new VisitChart(bars, max, total, summary(days, max, total, busiest), axis);
    }

    /** "Lượt truy cập từng ngày, 08/04/2026 – 07/05/2026: tổng 1.234; cao nhất 321 vào 05/05/2026; hôm nay 12." */
    private static String summary(List<DailyVisits> days, long max, long total, int busiest) {
        if (days.isEmpty()) {
            return "Chưa có số liệu truy cập.";
        }
        DailyVisits first = days.get(0);
        DailyVisits last = days.get(days.size() - 1);
        String span = "Lượt truy cập từng ngày, " + VietnameseDates.shortDate(first.day()) + " – "
                + VietnameseDates.shortDate(last.day()) + ": ";
        if (max == 0) {
            return span + "chưa có lượt truy cập nào.";
        }
        return span + "tổng " + grouped(total) + "; cao nhất " + grouped(max) + " vào "
                + VietnameseDates.shortDate(days.get(busiest).day()) + "; hôm nay " + grouped(last.visits()) + ".";
    }

    /** SVG coordinates: one decimal, a point whatever the server's locale. */
    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public int baseline() {
        return BASELINE;
    }

    public int top() {
        return TOP;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return LEFT + SLOT * bars.size();
    }

    /** Where the dates under the bars sit. */
    public int dateY() {
        return BASELINE + 18;
    }
}
