package vn.toasoan.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Where visit windows, presence and counts live. One implementation per deployment, chosen by the cluster switch:
 * {@link InMemoryVisitStore} on one node, {@link RedisVisitStore} in cluster mode (windows and presence shared in
 * Redis, each node's counts added up in the database).
 *
 * <p>Visitor keys are opaque: identifying visitors and deciding what counts is the callers' job
 * ({@link Visitors}, {@link TrafficRules}), so every store applies the same rules. Methods are called on the
 * request path and must not wait for a database.
 */
interface VisitStore {

    /**
     * Marks {@code visitorKey} active at {@code now}, and tells whether this starts a visit: true when the visitor
     * had no activity within the visit timeout. When {@code visitorKey} is unknown but one of {@code aliases} was
     * active within the timeout, that activity passes to {@code visitorKey}, the alias is retired and no visit
     * starts: a browser returning with the cookie it was just given stays in the visit counted under its
     * fingerprint.
     */
    boolean touch(String visitorKey, List<String> aliases, Instant now);

    /** Counts one visit that started on {@code day} (site time zone). */
    void recordVisit(LocalDate day);

    /** Counts one view of the article; the store eventually adds it to the article's views in the database. */
    void recordArticleView(long articleId);

    /** Distinct visitors active within the online window before {@code now}; may be linear, callers cache it. */
    long online(Instant now);

    /** All visits counted so far, persisted or pending, for the day {@code today} and the one before. */
    VisitCounts counts(LocalDate today);

    /**
     * All visits counted so far, persisted or pending, for each day from {@code from} to {@code to} inclusive that
     * had any; for the newsroom's chart, so it may read the database.
     */
    Map<LocalDate, Long> visitsBetween(LocalDate from, LocalDate to);
}
