package vn.toasoan.article;

import static vn.toasoan.article.ArticleStatus.ARCHIVED;
import static vn.toasoan.article.ArticleStatus.DRAFT;
import static vn.toasoan.article.ArticleStatus.PUBLISHED;
import static vn.toasoan.article.ArticleStatus.RETURNED;
import static vn.toasoan.article.ArticleStatus.SUBMITTED;
import static vn.toasoan.article.ArticleStatus.UNPUBLISHED;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import vn.toasoan.account.Actor;
import vn.toasoan.account.Role;

/**
 * What can be done to an article, and the workflow rules in one place: draft → submitted → published, or →
 * returned to the author with a reason; published → unpublished; anything → archived. Authors work on their own
 * drafts and returned articles; editors review, edit, schedule and publish; administrators do everything.
 */
public enum ArticleAction {
    VIEW("Xem"),
    EDIT("Sửa"),
    SUBMIT("Gửi duyệt"),
    RETURN("Trả lại"),
    PUBLISH("Đăng"),
    UNPUBLISH("Gỡ bài"),
    ARCHIVE("Lưu trữ"),
    REOPEN("Mở lại thành bản nháp"),
    DELETE("Xóa");

    private final String label;

    ArticleAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The status this action leads to, or null when it does not move the article. */
    ArticleStatus target() {
        return switch (this) {
            case SUBMIT -> SUBMITTED;
            case RETURN -> RETURNED;
            case PUBLISH -> PUBLISHED;
            case UNPUBLISH -> UNPUBLISHED;
            case ARCHIVE -> ARCHIVED;
            case REOPEN -> DRAFT;
            case VIEW, EDIT, DELETE -> null;
        };
    }

    /** Everything {@code actor} may do to an article in {@code status} written by {@code authorId}. */
    public static Set<ArticleAction> allowed(Actor actor, ArticleStatus status, Long authorId) {
        Set<ArticleAction> actions = EnumSet.noneOf(ArticleAction.class);
        boolean own = actor.id() != null && Objects.equals(actor.id(), authorId);
        if (actor.can(Role.EDITOR)) {
            actions.add(VIEW);
            actions.add(DELETE);
            if (status != ARCHIVED) {
                actions.add(EDIT);
                actions.add(ARCHIVE);
                actions.add(PUBLISH);
            }
            if (status == DRAFT || status == RETURNED) {
                actions.add(SUBMIT);
            }
            if (status == SUBMITTED) {
                actions.add(RETURN);
            }
            if (status == PUBLISHED) {
                actions.add(UNPUBLISH);
            }
            if (status == UNPUBLISHED || status == ARCHIVED) {
                actions.add(REOPEN);
            }
        } else if (own) {
            actions.add(VIEW);
            if (status == DRAFT || status == RETURNED) {
                actions.add(EDIT);
                actions.add(SUBMIT);
            }
            if (status == DRAFT) {
                actions.add(DELETE);
            }
        }
        return actions;
    }
}
