package vn.toasoan.article;

/** Where an article stands in the editorial workflow; only PUBLISHED ones reach readers. */
public enum ArticleStatus {
    DRAFT("Bản nháp"),
    SUBMITTED("Chờ duyệt"),
    RETURNED("Trả lại"),
    PUBLISHED("Đã đăng"),
    UNPUBLISHED("Đã gỡ"),
    ARCHIVED("Lưu trữ");

    private final String label;

    ArticleStatus(String label) {
        this.label = label;
    }

    /** The Vietnamese name shown in the newsroom. */
    public String label() {
        return label;
    }

    /** The newsroom's badge for this status (a class of newsroom.css). */
    public String badge() {
        return "nr-badge nr-badge-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
