package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.toasoan.account.Accounts;
import vn.toasoan.account.AuditEntry;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.SiteAdminTest;
import vn.toasoan.testsupport.StaffLogins;
import vn.toasoan.testsupport.WebClient;

/**
 * Behind nginx on the same machine (the default trusted proxy, loopback): the client address and the scheme come
 * from the proxy's headers; the load balancer's probes answer on the main port.
 */
@SiteAdminTest
class TrustedProxyTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Test
    void theClientAddressIsTheRightMostForwardedAddressThatIsNotATrustedProxy() {
        long id = new StaffLogins(accounts, port).create(Role.AUTHOR, "sau-nginx");
        new NewsroomClient(port).loginForwardedFor("sau-nginx", "sai-mat-khau",
                "203.0.113.66, 198.51.100.7, 127.0.0.1");

        assertThat(audit.about("account", id)).filteredOn(e -> e.action().equals("login.failure"))
                .extracting(AuditEntry::address).containsExactly("198.51.100.7");
    }

    @Test
    void httpsSeenByTheProxyGivesSecureSessionCookiesAndHsts() {
        WebClient reader = new WebClient(port);
        HttpResponse<String> plain = reader.get("/");
        HttpResponse<String> overHttps = reader.get("/", "X-Forwarded-Proto", "https");
        HttpResponse<String> login = reader.get("/quan-tri/dang-nhap", "X-Forwarded-Proto", "https");
        HttpResponse<String> plainLogin = reader.get("/quan-tri/dang-nhap");

        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("JSESSIONID=")
                .contains("; Secure").contains("; HttpOnly").contains("; SameSite=Lax");
        assertThat(plainLogin.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("JSESSIONID=")
                .doesNotContain("Secure");
    }

    @Test
    void theLoadBalancerProbesAnswerOnTheMainPortWithoutAskingTheStores() {
        WebClient balancer = new WebClient(port);

        HttpResponse<String> live = balancer.get("/livez");
        HttpResponse<String> ready = balancer.get("/readyz");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
    }
}
