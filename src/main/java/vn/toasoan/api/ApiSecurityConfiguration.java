package vn.toasoan.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

import vn.toasoan.FilterOrder;
import vn.toasoan.account.StaffUser;

/**
 * Who may call which admin API endpoint. Stateless: every request carries its token, nothing is kept between
 * requests, no session is made and none is read — so there is no cookie to forge requests with, and no CSRF
 * token. The role hierarchy is the newsroom's (ADMIN > EDITOR > AUTHOR); the services check role and ownership
 * again for every command. Ordered before the newsroom's chain (10), which matches other addresses anyway.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    static final String ADMIN_API = "/api/v1/admin";

    /** The structure of the site: any member of staff may read it (authors need the slugs), editors change it. */
    private static final String[] SITE_STRUCTURE = {
        ADMIN_API + "/categories", ADMIN_API + "/categories/**",
        ADMIN_API + "/documents", ADMIN_API + "/documents/**"
    };

    @Bean
    @Order(FilterOrder.ADMIN_API_SECURITY)
    SecurityFilterChain adminApi(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher(ADMIN_API + "/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, SITE_STRUCTURE).hasRole("AUTHOR")
                        .requestMatchers(SITE_STRUCTURE).hasRole("EDITOR")
                        .anyRequest().hasRole("AUTHOR"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context
                        .securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new ApiTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> ApiProblems.unauthorized(response,
                                "Cần token API: gửi kèm tiêu đề Authorization: Bearer <token>.", false))
                        .accessDeniedHandler((request, response, e) -> ApiProblems.write(response,
                                HttpStatus.FORBIDDEN, denied())))
                .headers(headers -> headers
                        .cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new StaticHeadersWriter("Cache-Control", "no-store")));
        return http.build();
    }

    private static String denied() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffUser staff) {
            return "Vai trò " + staff.role().label() + " của token không được dùng chức năng này.";
        }
        return "Token không được dùng chức năng này.";
    }
}
