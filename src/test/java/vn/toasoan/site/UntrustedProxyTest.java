package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.toasoan.account.Accounts;
import vn.toasoan.account.AuditEntry;
import vn.toasoan.account.AuditLog;
import vn.toasoan.account.Role;
import vn.toasoan.testsupport.NewsroomClient;
import vn.toasoan.testsupport.StaffLogins;
import vn.toasoan.testsupport.WebClient;

/** A client that is not a trusted proxy (here only 10.0.0.0/8 is) cannot choose its address or scheme by header. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=untrusted-proxy-test", "toasoan.proxy.trusted=10.0.0.0/8, 10.1.2.3"})
class UntrustedProxyTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Test
    void aSpoofedForwardedForIsIgnoredAndTheRealAddressRecorded() {
        long id = new StaffLogins(accounts, port).create(Role.AUTHOR, "gia-mao");
        new NewsroomClient(port).loginForwardedFor("gia-mao", "sai-mat-khau", "198.51.100.7");

        assertThat(audit.about("account", id)).filteredOn(e -> e.action().equals("login.failure"))
                .extracting(AuditEntry::address).containsExactly("127.0.0.1");
    }

    @Test
    void aSpoofedForwardedProtoDoesNotMakeTheRequestSecure() {
        HttpResponse<String> page = new WebClient(port).get("/", "X-Forwarded-Proto", "https");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
