package vn.toasoan.stats;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.toasoan.testsupport.MutableClock;

/**
 * What the integration tests add to the application: a clock they move by hand, fixed at 10:00 in the site zone
 * (far from midnight), and pages to count, since the public site lives on another branch.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(StatsTestApp.TestPages.class)
class StatsTestApp {

    @Bean
    @Primary
    MutableClock testClock() {
        return MutableClock.at("2025-03-01T10:00:00");
    }

    @Controller
    static class TestPages {

        private final VisitStatistics statistics;

        TestPages(VisitStatistics statistics) {
            this.statistics = statistics;
        }

        /** An HTML page; {@code ?a=} makes it the page of that article. */
        @GetMapping(path = "/test-page", produces = MediaType.TEXT_HTML_VALUE)
        ResponseEntity<String> page(@RequestParam(name = "a", required = false) Long article,
                HttpServletRequest request) {
            if (article != null) {
                request.setAttribute(ViewedArticle.REQUEST_ATTRIBUTE, article);
            }
            return ResponseEntity.ok("<!DOCTYPE html><html lang=\"vi\"><title>Trang thử</title><p>Xin chào</p></html>");
        }

        @GetMapping(path = "/test-page/missing", produces = MediaType.TEXT_HTML_VALUE)
        ResponseEntity<String> missing() {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body("<!DOCTYPE html><title>Không tìm thấy</title>");
        }

        /** A Thymeleaf page with the widget and the beacon, as the site layout will include them. */
        @GetMapping("/test-widget")
        String widget(@RequestParam(name = "a", required = false) Long article, Model model) {
            model.addAllAttributes(Map.of("stats", statistics.current()));
            model.addAttribute("articleId", article);
            return "stats-test/page";
        }
    }
}
