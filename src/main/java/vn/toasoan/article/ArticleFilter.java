package vn.toasoan.article;

/**
 * What the newsroom's article list is narrowed to; every part may be null (no narrowing).
 *
 * @param text words in the title, matched case-insensitively as written
 */
public record ArticleFilter(ArticleStatus status, Long categoryId, Long authorId, String text, Sort sort) {

    public static final ArticleFilter NONE = new ArticleFilter(null, null, null, null, Sort.UPDATED);

    /** The list's order; the newest first except for titles. */
    public enum Sort {
        UPDATED("Mới sửa"), PUBLISHED("Ngày đăng"), TITLE("Tiêu đề");

        private final String label;

        Sort(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ArticleFilter withAuthor(Long author) {
        return new ArticleFilter(status, categoryId, author, text, sort);
    }
}
