package vn.toasoan.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.toasoan.testsupport.ModuleTest;

/**
 * The failed logins of one account are counted by the database, so that wrong passwords tried at the same moment,
 * on one node or on several, all count (H2 and PostgreSQL: {@code -Dtoasoan.test.database=postgres}).
 */
@ModuleTest
@TestPropertySource(properties = "spring.application.name=login-failure-count-test")
class LoginFailureCountTest {

    private static final Instant NOW = Instant.parse("2026-05-07T03:00:00Z");

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository repository;

    @Test
    void sixteenFailuresAtTheSameMomentCountSixteenEachSeeingItsOwnCount() throws Exception {
        long id = accounts.create(Actor.system(), new NewAccount("sai-song-song", "Người thử song song", null, null,
                Role.AUTHOR, "mat-khau-thu-nghiem"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(16);
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                counts.add(nodes.submit((Callable<Integer>) () -> {
                    start.await();
                    return repository.countFailure(id, NOW);
                }));
            }
            start.countDown();
            List<Integer> seen = new ArrayList<>();
            for (Future<Integer> count : counts) {
                seen.add(count.get());
            }

            assertThat(seen).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 16).boxed().toList());
        } finally {
            nodes.shutdownNow();
        }
        Account account = accounts.find(id).orElseThrow();
        assertThat(account.failedLogins()).isEqualTo(16);
        assertThat(repository.credentials("sai-song-song").orElseThrow().lastFailedAt()).isEqualTo(NOW);
    }

    @Test
    void aLockIsNeverShortenedByALaterFailure() {
        long id = accounts.create(Actor.system(), new NewAccount("khoa-lau-hon", "Người thử khóa", null, null,
                Role.AUTHOR, "mat-khau-thu-nghiem"));

        repository.lock(id, NOW.plusSeconds(900));
        repository.lock(id, NOW.plusSeconds(600));

        assertThat(accounts.find(id).orElseThrow().lockedUntil()).isEqualTo(NOW.plusSeconds(900));
    }
}
