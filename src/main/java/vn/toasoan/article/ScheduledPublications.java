package vn.toasoan.article;

import java.time.Clock;
import java.time.Instant;

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
 */
@Component
class ScheduledPublications {

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

    @Scheduled(fixedDelayString = "${toasoan.articles.schedule-check:1s}")
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
