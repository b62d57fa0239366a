package vn.toasoan.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.MutableClock;

/**
 * The change feed against a real database (H2, or PostgreSQL with {@code -Dtoasoan.test.database=postgres}): entries
 * commit and roll back with their change, reach followers once, and a transaction that commits after a later one
 * is not missed.
 */
@SpringBootTest(properties = {"spring.application.name=change-feed-test", "toasoan.demo.enabled=false",
    // The test drives the rounds itself: the poller runs once at start and then waits an hour.
    "toasoan.changes.poll-interval=1h"})
@Import({FixedClockConfiguration.class, ChangeFeedTest.Probes.class})
class ChangeFeedTest {

    record Probe(long id) implements FeedChange {

        @Override
        public String topic() {
            return "probe";
        }

        @Override
        public Long subject() {
            return id;
        }
    }

    /** A follower that records what it is given, and fails on demand. */
    static class ProbeFollower implements ChangeFollower {
        final List<Long> subjects = new CopyOnWriteArrayList<>();
        final List<FeedPosition> startedOverAt = new CopyOnWriteArrayList<>();
        volatile boolean failing;
        volatile Optional<FeedPosition> stored = Optional.empty();

        @Override
        public String name() {
            return "probe";
        }

        @Override
        public Optional<FeedPosition> storedPosition() {
            return stored;
        }

        @Override
        public void startOver(FeedPosition from) {
            startedOverAt.add(from);
        }

        @Override
        public void apply(List<Change> changes, FeedPosition after) {
            if (failing) {
                throw new IllegalStateException("probe follower is down");
            }
            changes.stream().filter(change -> change.is("probe")).forEach(change -> subjects.add(change.subject()));
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Probes {
        @Bean
        ProbeFollower probeFollower() {
            return new ProbeFollower();
        }
    }

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ProbeFollower follower;

    @Autowired
    ChangeFollowing following;

    @Autowired
    ChangeFeedRepository feed;

    @Autowired
    ChangeFeedPruning pruning;

    @Autowired
    ChangeFeedMonitoring monitoring;

    @Autowired
    MeterRegistry meters;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    private final MutableClock wallClock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"),
            FixedClockConfiguration.ZONE);
    private final ExecutorService otherThread = Executors.newSingleThreadExecutor();

    @BeforeEach
    void reset() {
        following.useWallClock(wallClock);
        following.catchUp();
        follower.subjects.clear();
        follower.failing = false;
    }

    @AfterEach
    void stop() {
        otherThread.shutdownNow();
    }

    @Test
    void aCommittedChangeReachesTheFollowerOnceAsSoonAsItCommits() {
        transaction.executeWithoutResult(status -> events.publishEvent(new Probe(1)));

        assertThat(follower.subjects).containsExactly(1L);
        assertThat(position().high()).isEqualTo(feed.head());
        following.catchUp();
        assertThat(follower.subjects).containsExactly(1L);
    }

    @Test
    void aRolledBackChangeIsNeverAppliedAndItsNumberIsGivenUpAfterTheGapTimeout() {
        long before = feed.head();
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new Probe(2));
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> events.publishEvent(new Probe(3)));

        assertThat(follower.subjects).containsExactly(3L);
        assertThat(position().gaps()).extracting(FeedPosition.Gap::from, FeedPosition.Gap::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(before + 1, before + 1));

        wallClock.advance(Duration.ofMinutes(10).plusSeconds(1));
        following.catchUp();

        assertThat(position()).isEqualTo(FeedPosition.at(before + 2));
        assertThat(follower.subjects).containsExactly(3L);
    }

    @Test
    void aChangePublishedOutsideATransactionIsRefusedAndNotRecorded() {
        long before = feed.head();

        assertThatThrownBy(() -> events.publishEvent(new Probe(4))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("outside a transaction");
        assertThat(feed.head()).isEqualTo(before);
    }

    /** The classic gap of polled logs: the first number taken commits last, and must still be applied, once. */
    @Test
    void twoTransactionsCommittingInTheOppositeOrderOfTheirNumbersAreBothAppliedOnce() throws Exception {
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> first = otherThread.submit(() -> transaction.executeWithoutResult(status -> {
            events.publishEvent(new Probe(10));
            recorded.countDown();
            awaitQuietly(release);
        }));
        assertThat(recorded.await(30, TimeUnit.SECONDS)).isTrue();

        transaction.executeWithoutResult(status -> events.publishEvent(new Probe(11)));

        assertThat(follower.subjects).containsExactly(11L);
        assertThat(position().gaps()).hasSize(1);

        release.countDown();
        first.get(30, TimeUnit.SECONDS);

        assertThat(follower.subjects).containsExactly(11L, 10L);
        following.catchUp();
        assertThat(follower.subjects).containsExactly(11L, 10L);
        assertThat(position()).isEqualTo(FeedPosition.at(feed.head()));
    }

    @Test
    void aFailingFollowerIsRetriedShowsItsLagAndMakesTheNodeOutOfServiceOnceBehindTooLong() {
        follower.failing = true;
        transaction.executeWithoutResult(status -> events.publishEvent(new Probe(20)));
        transaction.executeWithoutResult(status -> events.publishEvent(new Probe(21)));

        assertThat(follower.subjects).isEmpty();
        assertThat(meters.get("toasoan.changes.lag").tag("follower", "probe").gauge().value()).isEqualTo(2.0);
        assertThat(meters.get("toasoan.changes.lag").tag("follower", "search").gauge().value()).isEqualTo(0.0);
        assertThat(monitoring.health().getStatus()).isEqualTo(Status.UP);

        clock.advance(Duration.ofSeconds(31));
        assertThat(monitoring.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(monitoring.health().getDetails().get("followers").toString())
                .contains("probe={position=" + position().high() + ", lag=2, openGaps=0, behindFor=PT31S,"
                        + " failure=java.lang.IllegalStateException: probe follower is down}");

        follower.failing = false;
        following.catchUp();

        assertThat(follower.subjects).containsExactly(20L, 21L);
        assertThat(meters.get("toasoan.changes.lag").tag("follower", "probe").gauge().value()).isEqualTo(0.0);
        assertThat(monitoring.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void entriesOlderThanTheRetentionArePrunedAndAFollowerLeftBelowThemStartsOver() {
        transaction.executeWithoutResult(status -> events.publishEvent(new Probe(30)));
        long old = feed.head();
        clock.advance(Duration.ofDays(7).plusSeconds(1));
        transaction.executeWithoutResult(status -> events.publishEvent(new Probe(31)));
        long recent = feed.head();

        pruning.prune();

        assertThat(jdbc.sql("SELECT MIN(seq) FROM change_feed").query(Long.class).single()).isEqualTo(recent);
        assertThat(feed.prunedThrough()).isEqualTo(old);
        assertThat(feed.head()).isEqualTo(recent);

        follower.startedOverAt.clear();
        follower.stored = Optional.of(FeedPosition.at(old - 1));
        following.start();
        assertThat(follower.startedOverAt).containsExactly(FeedPosition.at(recent));

        follower.stored = Optional.of(FeedPosition.at(old));
        following.start();
        assertThat(follower.startedOverAt).hasSize(1);
        assertThat(position()).isEqualTo(FeedPosition.at(recent));
    }

    /** A database restored from a backup (or replaced) is behind what the follower saw: it starts over from it. */
    @Test
    void aFollowerAheadOfTheFeedStartsOver() {
        transaction.executeWithoutResult(status -> events.publishEvent(new Probe(40)));
        long head = feed.head();
        follower.startedOverAt.clear();

        follower.stored = Optional.of(FeedPosition.at(head + 5));
        following.start();

        assertThat(follower.startedOverAt).containsExactly(FeedPosition.at(head));
        assertThat(position()).isEqualTo(FeedPosition.at(head));
        follower.stored = Optional.empty();
    }

    private FeedPosition position() {
        return following.states().stream().filter(state -> state.follower == follower).findFirst().orElseThrow()
                .position;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
