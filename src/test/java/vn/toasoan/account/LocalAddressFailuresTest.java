package vn.toasoan.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.toasoan.testsupport.MutableClock;

/** The address failures of a single node: a window that opens at the first failure and closes on time. */
class LocalAddressFailuresTest {

    private static final Instant START = Instant.parse("2026-05-07T03:00:00Z");

    private final MutableClock clock = new MutableClock(START, MutableClock.SITE_ZONE);
    private final LocalAddressFailures failures = new LocalAddressFailures(clock, Duration.ofMinutes(15));

    @Test
    void failuresCountWithinTheWindowOfTheFirstAndStartAgainAfterIt() {
        failures.add("203.0.113.7");
        clock.advance(Duration.ofMinutes(10));
        failures.add("203.0.113.7");

        assertThat(failures.current("203.0.113.7"))
                .isEqualTo(new AddressFailures.Window(2, START.plus(Duration.ofMinutes(15))));
        assertThat(failures.current("203.0.113.8")).isNull();

        clock.advance(Duration.ofMinutes(5));
        assertThat(failures.current("203.0.113.7")).isNull();
        failures.add("203.0.113.7");
        assertThat(failures.current("203.0.113.7"))
                .isEqualTo(new AddressFailures.Window(1, START.plus(Duration.ofMinutes(30))));
    }

    @Test
    void aSuccessfulLoginForgetsTheAddress() {
        failures.add("2001:db8::1");
        failures.clear("2001:db8::1");

        assertThat(failures.current("2001:db8::1")).isNull();
    }

    @Test
    void theThrottleLocksAnAddressAtItsLimitUntilTheWindowCloses() {
        AccountProperties properties = new AccountProperties("admin", "", 3, 10, Duration.ofMinutes(15), 3, "");
        LoginThrottle throttle = new LoginThrottle(properties, failures);

        throttle.addressFailed("198.51.100.4");
        throttle.addressFailed("198.51.100.4");
        assertThat(throttle.addressLockedUntil("198.51.100.4")).isNull();
        throttle.addressFailed("198.51.100.4");

        assertThat(throttle.addressLockedUntil("198.51.100.4")).isEqualTo(START.plus(Duration.ofMinutes(15)));
    }
}
