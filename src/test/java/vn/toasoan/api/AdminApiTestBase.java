package vn.toasoan.api;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.toasoan.account.Account;
import vn.toasoan.account.Accounts;
import vn.toasoan.account.Actor;
import vn.toasoan.account.NewAccount;
import vn.toasoan.account.Role;
import vn.toasoan.testsupport.FixedClockConfiguration;
import vn.toasoan.testsupport.MutableClock;
import vn.toasoan.testsupport.WebClient;

/**
 * One application (and database) shared by the admin API test classes, which never assume counts of what the
 * others create. Staff and their tokens are made fresh for each test that needs them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.application.name=admin-api-test", "toasoan.account.admin-password=" + AdminApiTestBase.ADMIN_PASSWORD})
@Import(FixedClockConfiguration.class)
abstract class AdminApiTestBase {

    static final String ADMIN_PASSWORD = "quan-tri-api-thu-nghiem";
    static final String STAFF_PASSWORD = "mat-khau-nhan-vien-1";
    /** A category of the demo content. */
    static final String CATEGORY = "tin-hoat-dong";

    private static final AtomicInteger NEXT = new AtomicInteger();

    /** A member of staff with a token. */
    record Staff(Account account, String token, ApiClient api) {

        Actor actor() {
            return account.actor();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    ApiTokens tokens;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startOfTheDay() {
        clock.set(FixedClockConfiguration.START);
    }

    Staff staff(Role role) {
        String username = role.name().toLowerCase() + "-" + NEXT.incrementAndGet();
        long id = accounts.create(Actor.system(), new NewAccount(username, "Nhân viên " + username,
                "Bút danh " + NEXT.get(), null, role, STAFF_PASSWORD));
        String token = tokens.create(Actor.system(), id, "Token của " + username).token();
        return new Staff(accounts.find(id).orElseThrow(), token, new ApiClient(port, token));
    }

    ApiClient anonymous() {
        return new ApiClient(port, null);
    }

    WebClient reader() {
        return new WebClient(port);
    }
}
