package vn.toasoan.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Visit windows and presence in this node's memory: the whole truth on one node, and in cluster mode the node's
 * own view, used while Redis is away (see {@link RedisVisitStore}). Follows {@link VisitStore#touch}'s contract.
 */
final class LocalVisitWindows {

    /** Last activity is kept to this precision; far finer than the 5- and 30-minute windows need. */
    private static final Duration SEEN_PRECISION = Duration.ofSeconds(1);

    private final Duration visitTimeout;
    private final Duration onlineWindow;

    /** Last activity per visitor key; entries idle longer than the visit timeout are pruned by {@link #prune}. */
    private final ConcurrentHashMap<String, Instant> lastSeen = new ConcurrentHashMap<>();
    /** Serialises the rare path that starts or links a visit, so two requests of one browser cannot both start it. */
    private final Object visitStart = new Object();

    LocalVisitWindows(Duration visitTimeout, Duration onlineWindow) {
        this.visitTimeout = visitTimeout;
        this.onlineWindow = onlineWindow;
    }

    /** See {@link VisitStore#touch}. */
    boolean touch(String visitorKey, List<String> aliases, Instant now) {
        Instant idleBefore = now.minus(visitTimeout);
        Instant known = lastSeen.get(visitorKey);
        if (known != null && known.isAfter(idleBefore) && !known.isBefore(now.minus(SEEN_PRECISION))) {
            // Seen within the last second: nothing to write, and no lock for a busy visitor's many requests.
            return false;
        }
        boolean[] continued = {false};
        // Fast path, lock-free: a visitor already in a visit.
        lastSeen.computeIfPresent(visitorKey, (key, seen) -> {
            if (seen.isAfter(idleBefore)) {
                continued[0] = true;
                return later(seen, now);
            }
            return seen;
        });
        if (continued[0]) {
            return false;
        }
        synchronized (visitStart) {
            Instant seen = lastSeen.get(visitorKey);
            if (seen != null && seen.isAfter(idleBefore)) {
                // Another request of this visitor started or linked the visit while we waited.
                lastSeen.merge(visitorKey, now, LocalVisitWindows::later);
                return false;
            }
            Instant linked = null;
            for (String alias : aliases) {
                Instant aliasSeen = lastSeen.remove(alias);
                if (aliasSeen != null && aliasSeen.isAfter(idleBefore)) {
                    linked = linked == null ? aliasSeen : later(linked, aliasSeen);
                }
            }
            lastSeen.put(visitorKey, linked == null ? now : later(linked, now));
            return linked == null;
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Distinct visitors active within the online window before {@code now}; linear in the remembered visitors. */
    long online(Instant now) {
        prune(now);
        Instant onlineAfter = now.minus(onlineWindow);
        return lastSeen.values().stream().filter(seen -> seen.isAfter(onlineAfter)).count();
    }

    /** Forgets visitors idle longer than the visit timeout: their next page view starts a visit anyway. */
    void prune(Instant now) {
        Instant idleBefore = now.minus(visitTimeout);
        lastSeen.values().removeIf(seen -> !seen.isAfter(idleBefore));
    }
}
