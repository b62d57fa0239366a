package vn.toasoan.search;

import java.time.Instant;

/**
 * The search index of this node as the administrator's page shows it.
 *
 * @param documents what searches see now, all types together
 * @param lastRebuiltAt when the last complete rebuild finished (kept in the index, so it survives restarts), or
 *     {@code null} if this index was never rebuilt
 * @param rebuild the rebuild under way, or the last one of this process
 * @param lastFailure why the last rebuild of this process failed, or {@code null}
 * @param outdated whether the index was written by an earlier version: searching works, a rebuild brings it up to
 *     date (the start-up check does that itself unless it is turned off)
 */
public record IndexState(long documents, Instant lastRebuiltAt, RebuildProgress rebuild, String lastFailure,
        boolean outdated) {
}
