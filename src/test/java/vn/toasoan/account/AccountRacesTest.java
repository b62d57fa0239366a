package vn.toasoan.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.verify;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

import vn.toasoan.failure.InvalidInput;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.SiteAdminTest;
import vn.toasoan.testsupport.StaffLogins;
import vn.toasoan.testsupport.TestDatabases;

/**
 * Two administrators acting on accounts at the same moment. The spied repository gives this class a context of its
 * own, so it may leave a second administrator behind.
 */
@SiteAdminTest
class AccountRacesTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @MockitoSpyBean
    AccountRepository repository;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    Account byUsername(String username) {
        return accounts.all().stream().filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }

    @Test
    void aUsernameTakenBetweenTheCheckAndTheInsertIsRefusedWithTheUsualMessageAndNothingCreated() {
        StaffLogins staff = new StaffLogins(accounts, port);
        long taken = staff.create(Role.AUTHOR, "vua-bi-lay");
        clearInvocations(repository);
        // As if our check had run just before the other administrator's account was committed.
        doReturn(false).when(repository).usernameTaken("vua-bi-lay");
        int before = accounts.all().size();

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", "vua-bi-lay");
        fields.put("displayName", "Phạm Minh Châu");
        fields.put("role", "EDITOR");
        fields.put("password", "mat-khau-rieng-123");
        HttpResponse<String> response = staff.admin(SiteAdminTest.ADMIN_PASSWORD).submit("/quan-tri/nguoi-dung/moi",
                "/quan-tri/nguoi-dung/moi", fields);

        verify(repository).usernameTaken("vua-bi-lay");
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("#username-loi").text()).isEqualTo("Tên đăng nhập „vua-bi-lay” đã có người dùng.");
        assertThat(page.select("#username").val()).isEqualTo("vua-bi-lay");
        assertThat(page.select("#displayName").val()).isEqualTo("Phạm Minh Châu");
        assertThat(accounts.all()).hasSize(before);
        assertThat(byUsername("vua-bi-lay").displayName()).isEqualTo("Người thử vua-bi-lay");
        assertThat(audit.about("account", taken)).extracting(AuditEntry::action).containsExactly("account.create");
    }

    @Test
    void twoAdministratorsDemotingEachOtherAtOnceLeaveOneAdministrator() throws Exception {
        Account first = byUsername("admin");
        long secondId = new StaffLogins(accounts, port).create(Role.ADMIN, "quan-tri-thu-hai");
        Account second = accounts.find(secondId).orElseThrow();
        ExecutorService otherAdministrator = Executors.newSingleThreadExecutor();
        try {
            Future<?> secondDemotesFirst = transaction.execute(status -> {
                accounts.update(first.actor(), second.id(), second.version(), second.displayName(), null, null,
                        Role.EDITOR, true);
                Future<?> attempt = otherAdministrator.submit(() -> accounts.update(second.actor(), first.id(),
                        first.version(), first.displayName(), null, null, Role.EDITOR, true));
                // Commit only once the other has finished (a lost guard) or waits for this transaction's locks.
                awaitFinishedOrBlockedByThisTransaction(attempt);
                return attempt;
            });

            assertThatThrownBy(() -> secondDemotesFirst.get(30, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(InvalidInput.class)
                    .hasMessage("Đây là quản trị viên cuối cùng: hãy chỉ định quản trị viên khác trước.");
        } finally {
            otherAdministrator.shutdownNow();
        }
        assertThat(accounts.find(first.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(accounts.find(second.id()).orElseThrow().role()).isEqualTo(Role.EDITOR);
        assertThat(accounts.all().stream().filter(a -> a.role() == Role.ADMIN && a.enabled()).map(Account::username))
                .containsExactly("admin");
    }

    @Test
    void lockingTheActiveAdministratorsListsExactlyTheEnabledOnes() {
        long disabled = new StaffLogins(accounts, port).create(Role.ADMIN, "quan-tri-da-nghi");
        Account account = accounts.find(disabled).orElseThrow();
        accounts.update(Actor.system(), disabled, account.version(), account.displayName(), null, null, Role.ADMIN,
                false);
        new StaffLogins(accounts, port).create(Role.EDITOR, "bien-tap-khong-khoa");

        var locked = transaction.execute(status -> repository.lockActiveAdmins());

        assertThat(locked).containsExactly(byUsername("admin").id());
    }

    /** Polls the database: returns once {@code other} is done or a session waits for a lock this one holds. */
    private void awaitFinishedOrBlockedByThisTransaction(Future<?> other) {
        String blockedByThisSession = TestDatabases.mode() == TestDatabases.Mode.POSTGRES
                ? "SELECT COUNT(*) FROM pg_stat_activity WHERE pg_backend_pid() = ANY (pg_blocking_pids(pid))"
                : "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID = SESSION_ID()";
        while (!other.isDone() && jdbc.sql(blockedByThisSession).query(Long.class).single() == 0) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }
}
