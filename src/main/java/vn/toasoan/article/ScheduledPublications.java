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
 * "published and its time has come", checked on every query, so a restart loses nothing); this tells the page
 * cache, the search index and the other listeners, within a second.
 */
@Component
class ScheduledPublications {

    private final ArticleDeskRepository desk;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private Instant checkedUpTo;

    ScheduledPublications(ArticleDeskRepository desk, AuditLog audit,
            ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.desk = desk;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.checkedUpTo = clock.instant();
    }

    @Scheduled(fixedDelayString = "${toasoan.articles.schedule-check:1s}")
    synchronized void announceDue() {
        Instant now = clock.instant();
        if (now.isBefore(checkedUpTo)) {
            // The clock was set back (a time correction): start again from now rather than stay silent until the
            // clock has caught up with the old mark.
            checkedUpTo = now;
            return;
        }
        if (!now.isAfter(checkedUpTo)) {
            return;
        }
        Instant from = checkedUpTo;
        transaction.executeWithoutResult(status -> {
            for (ArticleDeskRepository.WentLive article : desk.publishedBetween(from, now)) {
                audit.record(Actor.system(), "article.went-live", "article", article.id(), article.title());
                events.publishEvent(new ArticleChanged(article.id()));
            }
        });
        checkedUpTo = now;
    }
}
