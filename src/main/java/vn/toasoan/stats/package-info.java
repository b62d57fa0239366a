/**
 * Visitor statistics ("Thống kê truy cập"): counts visits and article views without a database write on the
 * request path; the public API is {@link vn.toasoan.stats.VisitStatistics}, {@link vn.toasoan.stats.StatsSnapshot}
 * and {@link vn.toasoan.stats.ViewedArticle}.
 */
package vn.toasoan.stats;
