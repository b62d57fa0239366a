package vn.toasoan.account;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * How long someone must wait before the next login attempt. Failures of one account slow it down (5 s, doubling
 * each time) and then lock it; failures from one address, whatever the accounts, lock the address, which stops
 * someone trying one password on every account. Both count across all nodes: the account's failures in its row,
 * the address's in {@link AddressFailures}.
 */
@Component
class LoginThrottle {

    private static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    private final AccountProperties properties;
    private final AddressFailures addressFailures;

    LoginThrottle(AccountProperties properties, AddressFailures addressFailures) {
        this.properties = properties;
        this.addressFailures = addressFailures;
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
        AddressFailures.Window window = address == null ? null : addressFailures.current(address);
        return window != null && window.failures() >= properties.addressLockAfter() ? window.end() : null;
    }

    void addressFailed(String address) {
        if (address != null) {
            addressFailures.add(address);
        }
    }

    void addressSucceeded(String address) {
        if (address != null) {
            addressFailures.clear(address);
        }
    }
}
