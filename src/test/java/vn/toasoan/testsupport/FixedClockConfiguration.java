package vn.toasoan.testsupport;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Replaces the system clock with a {@link MutableClock} at 7 May 2026, 10:00 in Asia/Ho_Chi_Minh: the 72nd
 * anniversary of Điện Biên Phủ, so banner texts are exact.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClockConfiguration {

    public static final ZoneId ZONE = MutableClock.SITE_ZONE;
    /** With a fraction of a second, as a real clock has, so pages are validated with real timestamps. */
    public static final Instant START = Instant.parse("2026-05-07T03:00:00.707227123Z");

    @Bean
    @Primary
    public MutableClock testClock() {
        return new MutableClock(START, ZONE);
    }
}
