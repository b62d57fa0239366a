package vn.toasoan.admin;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.toasoan.Newsroom;
import vn.toasoan.account.Account;
import vn.toasoan.account.Accounts;
import vn.toasoan.account.AuditActions;
import vn.toasoan.account.AuditEntry;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.account.StaffUser;
import vn.toasoan.article.ArticleQueue;
import vn.toasoan.article.ArticleUrls;
import vn.toasoan.article.Articles;
import vn.toasoan.article.QueuedArticle;
import vn.toasoan.stats.VisitStatistics;

/**
 * The first page after logging in: visitor figures and a chart of the last 30 days, the most-read articles, what
 * waits for this person (the review queue for editors, their own drafts and returned articles for authors) and the
 * latest activity (everybody's for editors, their own for authors).
 */
@Controller
class DashboardController {

    static final int CHART_DAYS = 30;
    static final int MOST_READ = 10;
    static final int QUEUE = 10;
    static final int ACTIVITY = 15;

    private final VisitStatistics statistics;
    private final Articles articles;
    private final Accounts accounts;
    private final AuditLog audit;

    DashboardController(VisitStatistics statistics, Articles articles, Accounts accounts, AuditLog audit) {
        this.statistics = statistics;
        this.articles = articles;
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping(Newsroom.PATH)
    String dashboard(@AuthenticationPrincipal StaffUser staff, Model model) {
        boolean editor = staff.role().includes(Role.EDITOR);
        model.addAttribute("stats", statistics.current());
        model.addAttribute("chart", VisitChart.of(statistics.daily(CHART_DAYS)));
        model.addAttribute("mostRead", articles.mostRead(MOST_READ));
        model.addAttribute("editor", editor);
        ArticleQueue queue = editor ? articles.reviewQueue(QUEUE) : articles.ownWork(staff.id(), QUEUE);
        model.addAttribute("queue", queue.total());
        model.addAttribute("queueItems", queued(queue.items()));
        List<AuditEntry> entries = editor ? audit.recent(null, ACTIVITY, 0) : audit.recentBy(staff.id(), ACTIVITY);
        model.addAttribute("activity", entries.stream().map(e -> Activity.of(e, staff.role())).toList());
        return "admin/dashboard";
    }

    /** The queue with each author's name: a few primary-key reads, one per distinct author. */
    private List<QueueItem> queued(List<QueuedArticle> items) {
        Map<Long, String> names = new HashMap<>();
        return items.stream().map(a -> {
            String author = a.authorId() == null ? null : names.computeIfAbsent(a.authorId(),
                    id -> accounts.find(id).map(Account::displayName).orElse(null));
            return new QueueItem(a.id(), a.title(), a.status().label(), a.status().name().toLowerCase(Locale.ROOT),
                    Objects.requireNonNullElse(author, Objects.requireNonNullElse(a.byline(), "")), a.returnReason(),
                    a.updatedAt());
        }).toList();
    }


    /**
     * An article in a queue as the dashboard lists it.
     *
     * @param statusClass the status in lower case, for the badge's class ({@code nr-badge-submitted})
     * @param author the writer's name, or the byline when the article has no account
     */
    public record QueueItem(long id, String title, String status, String statusClass, String author,
            String returnReason, Instant updatedAt) {

        public String editUrl() {
            return ArticleUrls.editing(id);
        }
    }

    /**
     * A line of the audit log as the dashboard shows it: in words, as the audit log page names it.
     *
     * @param targetUrl the newsroom page of what was changed, when this member of staff may open it; or {@code null}
     */
    public record Activity(Instant at, String actorName, String action, String label, String detail,
            String targetUrl) {

        static Activity of(AuditEntry entry, Role viewer) {
            String url = AuditActions.targetUrl(entry.targetType(), entry.targetId());
            return new Activity(entry.occurredAt(), entry.actorName(), entry.action(),
                    AuditActions.label(entry.action()), entry.detail(),
                    url != null && NewsroomPaths.opens(viewer, url) ? url : null);
        }
    }
}
