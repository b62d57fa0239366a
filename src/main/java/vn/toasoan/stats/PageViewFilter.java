package vn.toasoan.stats;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.toasoan.stats.Visitors.Visitor;

/**
 * Counting mode {@code server}: counts the pages this server delivers, page-cache hits included (the cache
 * filter runs further down the chain). It decides after the chain ran, when the status and content type are
 * known; the cookie has to be set before, while the response is not committed yet.
 */
final class PageViewFilter extends OncePerRequestFilter {

    private final TrafficRules rules;
    private final Visitors visitors;
    private final VisitCounter counter;

    PageViewFilter(TrafficRules rules, Visitors visitors, VisitCounter counter) {
        this.rules = rules;
        this.visitors = visitors;
        this.counter = counter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!rules.isPageRequest(request) || !rules.isHumanAgent(request) || TrafficRules.isStaff(request)) {
            chain.doFilter(request, response);
            return;
        }
        Visitor visitor = visitors.identify(request);
        if (visitor.needsCookie()) {
            visitors.issueCookie(visitor, request, response);
        }
        chain.doFilter(request, response);
        // An async page is not finished here; pages are rendered synchronously, so such requests are not counted.
        if (!request.isAsyncStarted() && TrafficRules.isPageResponse(response) && !TrafficRules.isStaff(request)) {
            counter.count(visitor, VisitCounter.viewedArticle(request));
        }
    }
}
