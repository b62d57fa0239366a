package vn.toasoan.stats;

/**
 * The visitor statistics as shown in the "Thống kê truy cập" widget and at {@code /api/v1/stats}.
 *
 * @param total all visits ever, plus the configured starting offset
 * @param online distinct visitors seen in the last five minutes
 * @param today visits since midnight in the site time zone
 * @param yesterday visits during the previous calendar day in the site time zone
 */
public record StatsSnapshot(long total, long online, long today, long yesterday) {
}
