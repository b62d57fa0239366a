package vn.toasoan.stats;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Counting mode {@code beacon}, for sites behind a CDN that serves pages without asking this server: the page's
 * {@code visit-beacon.js} posts to {@code /api/v1/visit}, or, without JavaScript, a {@code <noscript>} image loads
 * {@code /api/v1/visit.gif}. Absent (404) in server mode, so a page cannot be counted twice.
 */
@RestController
@ConditionalOnProperty(name = "toasoan.stats.counting", havingValue = "beacon")
class VisitBeaconController {

    /** The smallest transparent GIF: 1x1, one transparent colour. */
    private static final byte[] PIXEL = {
            'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, (byte) 0x80, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff,
            (byte) 0xff, '!', (byte) 0xf9, 4, 1, 0, 0, 0, 0, ',', 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 'D', 1, 0, ';'};

    private final TrafficRules rules;
    private final Visitors visitors;
    private final VisitCounter counter;

    VisitBeaconController(TrafficRules rules, Visitors visitors, VisitCounter counter) {
        this.rules = rules;
        this.visitors = visitors;
        this.counter = counter;
    }

    @PostMapping("/api/v1/visit")
    ResponseEntity<Void> visit(@RequestParam(name = "a", required = false) String article,
            HttpServletRequest request, HttpServletResponse response) {
        count(article, request, response);
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
    }

    @GetMapping("/api/v1/visit.gif")
    ResponseEntity<byte[]> pixel(@RequestParam(name = "a", required = false) String article,
            HttpServletRequest request, HttpServletResponse response) {
        count(article, request, response);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_GIF).body(PIXEL);
    }

    private void count(String article, HttpServletRequest request, HttpServletResponse response) {
        if (!rules.isHumanAgent(request) || TrafficRules.isStaff(request)) {
            return;
        }
        Visitors.Visitor visitor = visitors.identify(request);
        if (visitor.needsCookie()) {
            visitors.issueCookie(visitor, request, response);
        }
        counter.count(visitor, articleId(article));
    }

    /** A malformed id still counts the visit: the beacon is not worth an error, and the view is lost either way. */
    private static Long articleId(String article) {
        if (article == null || article.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(article.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
