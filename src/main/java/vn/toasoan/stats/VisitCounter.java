package vn.toasoan.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import vn.toasoan.stats.Visitors.Visitor;

/**
 * Counts page views of visitors the {@link TrafficRules} accepted, and answers the figures.
 *
 * <p>Article views: every counted page view of an article adds one, not only the first of a visit, like the
 * "lượt xem" readers know from other sites; a reload by the same reader counts again.
 */
final class VisitCounter implements VisitStatistics {

    /** "Online" may lag this much: counting presence is linear in the visitors of the last half hour. */
    private static final Duration ONLINE_REFRESH = Duration.ofSeconds(1);

    private final VisitStore store;
    private final Clock clock;
    /** Both asked at each use: an administrator may change them in the site settings. */
    private final Supplier<ZoneId> zone;
    private final LongSupplier totalOffset;
    private static final OnlineSample STALE = new OnlineSample(Instant.MIN, 0);

    private volatile OnlineSample online = STALE;

    VisitCounter(VisitStore store, Clock clock, ZoneId zone, long totalOffset) {
        this(store, clock, () -> zone, () -> totalOffset);
    }

    VisitCounter(VisitStore store, Clock clock, Supplier<ZoneId> zone, LongSupplier totalOffset) {
        this.store = store;
        this.clock = clock;
        this.zone = zone;
        this.totalOffset = totalOffset;
    }

    private record OnlineSample(Instant at, long visitors) {
    }

    /** Counts one page view by {@code visitor}, of the article {@code articleId} when not null. */
    void count(Visitor visitor, Long articleId) {
        Instant now = clock.instant();
        if (store.touch(visitor.key(), visitor.aliases(), now)) {
            // A visit counts on the day it starts, in the site time zone.
            store.recordVisit(LocalDate.ofInstant(now, zone.get()));
            // A new visitor changes "online": recount on the next read instead of showing a stale figure.
            online = STALE;
        }
        if (articleId != null) {
            store.recordArticleView(articleId);
        }
    }

    /** The article a page showed, from {@link ViewedArticle#REQUEST_ATTRIBUTE}, or null. */
    static Long viewedArticle(HttpServletRequest request) {
        return request.getAttribute(ViewedArticle.REQUEST_ATTRIBUTE) instanceof Long id ? id : null;
    }

    @Override
    public StatsSnapshot current() {
        Instant now = clock.instant();
        VisitCounts counts = store.counts(LocalDate.ofInstant(now, zone.get()));
        return new StatsSnapshot(counts.total() + totalOffset.getAsLong(), online(now), counts.today(), counts.yesterday());
    }

    @Override
    public List<DailyVisits> daily(int days) {
        if (days < 1) {
            return List.of();
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone.get());
        LocalDate first = today.minusDays(days - 1L);
        Map<LocalDate, Long> visits = store.visitsBetween(first, today);
        List<DailyVisits> daily = new ArrayList<>(days);
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            daily.add(new DailyVisits(day, visits.getOrDefault(day, 0L)));
        }
        return daily;
    }

    private long online(Instant now) {
        OnlineSample sample = online;
        // Recount when the sample is a second old, or when the clock went back (tests, NTP).
        if (now.isBefore(sample.at()) || !now.isBefore(sample.at().plus(ONLINE_REFRESH))) {
            sample = new OnlineSample(now, store.online(now));
            online = sample;
        }
        return sample.visitors();
    }
}
