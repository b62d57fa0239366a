package vn.toasoan.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import vn.toasoan.banner.Banners;
import vn.toasoan.menu.Menus;
import vn.toasoan.testsupport.WebClient;

/**
 * The layout around public pages (menus, banners) is read for pages only: a @RestController is a @Controller too,
 * and the beacon, counting every page view behind a CDN, read menus and banners from the database on each call.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "toasoan.stats.counting=beacon")
class ApiAnswersWithoutLayoutTest {

    @LocalServerPort
    int port;

    @MockitoSpyBean
    Menus menus;

    @MockitoSpyBean
    Banners banners;

    @Test
    void theBeaconAndTheJsonApiReadNoMenusAndNoBannersWhilePagesDo() throws Exception {
        WebClient web = new WebClient(port);
        assertThat(web.get("/").statusCode()).isEqualTo(200);
        verify(menus, atLeastOnce()).tree(any());
        verify(banners, atLeastOnce()).today();
        clearInvocations(menus, banners);

        HttpResponse<String> beacon = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/visit?a=1"))
                .header("User-Agent", WebClient.CHROME).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(beacon.statusCode()).isEqualTo(204);
        assertThat(web.get("/api/v1/stats").statusCode()).isEqualTo(200);
        assertThat(web.get("/api/v1/search?q=h%E1%BB%99i+ngh%E1%BB%8B").statusCode()).isEqualTo(200);

        verify(menus, never()).tree(any());
        verify(banners, never()).today();
    }
}
