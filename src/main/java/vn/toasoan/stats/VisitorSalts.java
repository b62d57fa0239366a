package vn.toasoan.stats;

import java.time.LocalDate;

/**
 * The daily secret under which {@link Visitors} fingerprints clients without a cookie: {@link LocalVisitorSalts}
 * on one node, {@link RedisVisitorSalts} shared by all nodes, so a client is the same visitor on each of them.
 */
interface VisitorSalts {

    /** The salt of {@code day}, the same array at every call that day; kept only for that day and the next. */
    byte[] of(LocalDate day);
}
