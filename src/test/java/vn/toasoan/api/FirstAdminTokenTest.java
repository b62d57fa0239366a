package vn.toasoan.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import vn.toasoan.account.AccountProperties;
import vn.toasoan.account.Accounts;

/** A token given by the installer must be usable, or Tòa Soạn refuses to start, saying why (never repeating it). */
class FirstAdminTokenTest {

    static AccountProperties withToken(String token) {
        return new AccountProperties("admin", "", 3, 10, Duration.ofMinutes(15), 30, token);
    }

    @Test
    void aShortTokenStopsTheStart() {
        String token = "ngan-qua-chi-31-ky-tu-0123456789".substring(0, 31);
        assertThatThrownBy(() -> new FirstAdminToken(null, null, withToken(token)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("TOASOAN_ADMIN_TOKEN (toasoan.account.admin-token) is too short: it must have at least 32"
                        + " characters (it has 31); generate one with `openssl rand -base64 32`. Tòa Soạn does not"
                        + " start with it.")
                .message().doesNotContain(token);
    }

    @Test
    void aTokenThatCannotTravelInAHeaderStopsTheStart() {
        String spaces = "có dấu và khoảng trắng 0123456789abcdef";
        assertThatThrownBy(() -> new FirstAdminToken(null, null, withToken(spaces)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("may hold only letters");
        assertThatThrownBy(() -> new FirstAdminToken(null, null, withToken("x".repeat(201))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is too long");
    }

    @Test
    void noTokenOrAGoodOneStarts() {
        Accounts accounts = Mockito.mock(Accounts.class);
        assertThatCode(() -> new FirstAdminToken(null, accounts, withToken(""))).doesNotThrowAnyException();
        assertThatCode(() -> new FirstAdminToken(null, accounts,
                withToken("q8Zr1Yb0pX4m7VtK2sWcN9hDjLfA3eGu6oIyR5TnBv0="))).doesNotThrowAnyException();
        assertThat(ApiTokens.problemWithGiven("ts_" + "a".repeat(29))).isNull();
    }
}
