package vn.toasoan.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * How long someone must wait before the next login attempt. Failures of one account slow it down (5 s, doubling
 * each time) and then lock it; failures from one address, whatever the accounts, lock the address, which stops
 * someone trying one password on every account.
 */
@Component
class LoginThrottle {

    private static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    /** Addresses seen failing are few; past this the oldest knowledge is dropped rather than memory grown. */
    private static final int MAX_ADDRESSES = 100_000;

    private record Failures(int count, Instant since) {
    }

    private final AccountProperties properties;
    private final Clock clock;
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    LoginThrottle(AccountProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Until when an account with this many failures, the last at {@code lastFailure}, must wait. */
    Instant accountWaitUntil(int failures, Instant lastFailure, Instant lockedUntil) {
        if (lockedUntil != null) {
            return lockedUntil;
        }
        if (failures < properties.slowDownAfter() || lastFailure == null) {
            return null;
        }
        int doublings = Math.min(failures - properties.slowDownAfter(), 16);
        return lastFailure.plus(FIRST_DELAY.multipliedBy(1L << doublings));
    }

    /** The lock an account gets at this many failures, or null. */
    Instant lockFor(int failures, Instant now) {
        return failures >= properties.lockAfter() ? now.plus(properties.lockFor()) : null;
    }

    /** Until when this address is locked, or null. */
    Instant addressLockedUntil(String address) {
        Failures failures = address == null ? null : byAddress.get(address);
        if (failures == null) {
            return null;
        }
        Instant end = failures.since().plus(properties.lockFor());
        if (!end.isAfter(clock.instant())) {
            byAddress.remove(address, failures);
            return null;
        }
        return failures.count() >= properties.addressLockAfter() ? end : null;
    }

    void addressFailed(String address) {
        if (address == null) {
            return;
        }
        if (byAddress.size() >= MAX_ADDRESSES) {
            byAddress.clear();
        }
        Instant now = clock.instant();
        byAddress.merge(address, new Failures(1, now), (old, one) ->
                old.since().plus(properties.lockFor()).isAfter(now) ? new Failures(old.count() + 1, old.since()) : one);
    }

    void addressSucceeded(String address) {
        if (address != null) {
            byAddress.remove(address);
        }
    }
}
