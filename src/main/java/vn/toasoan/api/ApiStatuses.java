package vn.toasoan.api;

import java.util.List;
import java.util.Locale;

import vn.toasoan.article.ArticleStatus;
import vn.toasoan.failure.InvalidInput;

/** Article statuses as the API writes them: the enum names in lower case ("draft", "published"). */
final class ApiStatuses {

    /** What a new article may be created as. */
    static final List<ArticleStatus> ON_CREATE = List.of(ArticleStatus.DRAFT, ArticleStatus.SUBMITTED,
            ArticleStatus.PUBLISHED);
    static final List<ArticleStatus> ALL = List.of(ArticleStatus.values());

    private ApiStatuses() {
    }

    static String name(ArticleStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** The status written {@code text}, one of {@code allowed}; null when the text is null. */
    static ArticleStatus parse(String field, String text, List<ArticleStatus> allowed) {
        if (text == null) {
            return null;
        }
        for (ArticleStatus status : allowed) {
            if (name(status).equalsIgnoreCase(text.strip())) {
                return status;
            }
        }
        throw new InvalidInput(field, "Trạng thái „" + text + "” không dùng được ở đây: chọn một trong "
                + String.join(", ", allowed.stream().map(ApiStatuses::name).toList()) + ".");
    }
}
