package vn.toasoan.account;

import java.time.Instant;

/**
 * Failed logins per client address within a window that opens at the address's first failure: in this process on a
 * single node, in Redis in a cluster, so that several nodes do not each give an address its own allowance.
 */
interface AddressFailures {

    /** Counts one failure of {@code address}. */
    void add(String address);

    /** The failures of {@code address} in its open window, or null when it has none. */
    Window current(String address);

    /** Forgets the failures of {@code address} (it logged in). */
    void clear(String address);

    /** How many failures an address has had since its window opened, and when the window closes. */
    record Window(int failures, Instant end) {
    }
}
