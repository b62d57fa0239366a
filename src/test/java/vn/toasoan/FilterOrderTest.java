package vn.toasoan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.apache.catalina.Context;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.ControllerAdviceBean;
import org.springframework.web.servlet.handler.HandlerExceptionResolverComposite;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

import vn.toasoan.testsupport.SiteAdminTest;

/**
 * The running application stands in front of its controllers in the order {@link FilterOrder} documents: servlet
 * filters as Tomcat applies them, Spring Security's chains as they are tried, exception handlers as they are asked.
 */
@SiteAdminTest
class FilterOrderTest {

    @Autowired
    ServletWebServerApplicationContext context;

    @Autowired
    FilterChainProxy springSecurityFilterChain;

    @Autowired
    HandlerExceptionResolverComposite handlerExceptionResolver;

    @Test
    void servletFiltersRunInTheDocumentedOrder() {
        Context webapp = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
        List<String> filters = Arrays.stream(webapp.findFilterMaps()).map(FilterMap::getFilterName).toList();

        assertThat(filters).containsExactly("characterEncodingFilter", "securityHeadersFilter", "uploadTooLargeFilter",
                "pageViewFilter", "pageCacheFilter", "webMvcObservationFilter", "formContentFilter",
                "requestContextFilter", "springSecurityFilterChain", "resourceUrlEncodingFilter",
                "Tomcat WebSocket (JSR356) Filter");
    }

    @Test
    void theAdminApisSecurityChainIsTriedBeforeTheNewsrooms() {
        List<SecurityFilterChain> chains = springSecurityFilterChain.getFilterChains();

        assertThat(chains).hasSize(2);
        assertThat(chains.get(0).matches(request("/api/v1/admin/articles"))).isTrue();
        assertThat(chains.get(0).matches(request("/quan-tri/bai-viet"))).isFalse();
        assertThat(chains.get(1).matches(request("/quan-tri/bai-viet"))).isTrue();
        assertThat(chains.get(1).matches(request("/quan-tri"))).isTrue();
    }

    @Test
    void theApisExceptionHandlersAnswerBeforeTheNewsrooms() {
        List<String> advice = handlerExceptionResolver.getExceptionResolvers().stream()
                .filter(ExceptionHandlerExceptionResolver.class::isInstance)
                .map(ExceptionHandlerExceptionResolver.class::cast)
                .flatMap(resolver -> resolver.getExceptionHandlerAdviceCache().keySet().stream())
                .map(ControllerAdviceBean::getBeanType).map(Class::getName).toList();

        assertThat(advice).containsExactly("vn.toasoan.api.ApiErrors", "vn.toasoan.api.ApiRoutingErrors",
                "vn.toasoan.admin.NewsroomErrors");
    }

    private static MockHttpServletRequest request(String path) {
        return new MockHttpServletRequest("GET", path);
    }
}
