package vn.toasoan.article;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.toasoan.account.Actor;
import vn.toasoan.account.AuditLog;

/**
 * Announces scheduled articles the moment their time comes. Readers see them from then on anyway (visibility is
 * "published and its time has come", checked on every query); this tells the page cache, the search index and the
 * other listeners, within a second, and says so in the audit log. Only an article published for a later time is
 * waiting (marked when the publish action was taken, see {@link ArticleDeskRepository#transition}): one published
 * "now" or back-dated is announced by its own publish entry. The mark is stored, so an article is announced once,
 * also when its time came while the application was stopped.
 *
 * <p>On several nodes one runs it at a time (the lock {@value #LOCK}); the mark alone already keeps two that race
 * from both announcing an article ({@link ArticleDeskRepository#markAnnounced}), the lock spares the others the work.
 */
@Component
class ScheduledPublications {

    static final String LOCK = "scheduled-publications";

    private final ArticleDeskRepository desk;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ScheduledPublications(ArticleDeskRepository desk, AuditLog audit,
            ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.desk = desk;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Tried every second by every node; a node that finds the lock taken skips its turn. Held at least half a
     * second, so the nodes together run it about twice a second rather than once a second each, but less than the
     * second between a node's turns, so every turn of a single node finds it free: an article is announced within
     * about a second of its time. Held at most 30 s should the node die mid-run (announcements then wait that long;
     * readers see the article from its time anyway).
     */
    @Scheduled(fixedDelayString = "${toasoan.articles.schedule-check:1s}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30S", lockAtLeastFor = "PT0.5S")
    void announceDueOnOneNode() {
        announceDue();
    }

    synchronized void announceDue() {
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            for (ArticleDeskRepository.WentLive article : desk.dueScheduled(now)) {
                if (desk.markAnnounced(article.id(), now)) {
                    audit.record(Actor.system(), "article.went-live", "article", article.id(), article.title());
                    events.publishEvent(new ArticleChanged(article.id()));
                }
            }
        });
    }
}
