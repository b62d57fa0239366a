package vn.toasoan.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Address failures in this process: the store of a single node, and of a cluster node while Redis is away. */
class LocalAddressFailures implements AddressFailures {

    /** Addresses seen failing are few; past this the oldest knowledge is dropped rather than memory grown. */
    static final int MAX_ADDRESSES = 100_000;

    private final Map<String, Window> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration window;

    LocalAddressFailures(Clock clock, Duration window) {
        this.clock = clock;
        this.window = window;
    }

    @Override
    public void add(String address) {
        if (byAddress.size() >= MAX_ADDRESSES) {
            byAddress.clear();
        }
        Instant now = clock.instant();
        byAddress.merge(address, new Window(1, now.plus(window)), (old, first) ->
                old.end().isAfter(now) ? new Window(old.failures() + 1, old.end()) : first);
    }

    @Override
    public Window current(String address) {
        Window current = byAddress.get(address);
        if (current != null && !current.end().isAfter(clock.instant())) {
            byAddress.remove(address, current);
            return null;
        }
        return current;
    }

    @Override
    public void clear(String address) {
        byAddress.remove(address);
    }
}
