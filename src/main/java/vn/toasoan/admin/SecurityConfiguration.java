package vn.toasoan.admin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.util.unit.DataSize;

import vn.toasoan.FilterOrder;
import vn.toasoan.Newsroom;
import vn.toasoan.account.Accounts;

/**
 * Who may open which newsroom page. Only the newsroom goes through Spring Security: public pages are the same
 * for everybody and are served from the page cache without it (their security headers come from
 * {@link SecurityHeadersFilter}). Feature services check ownership and role again for every command.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String LOGIN = Newsroom.PATH + "/dang-nhap";
    static final String DENIED = Newsroom.PATH + "/khong-duoc-phep";

    /** The newsroom may use inline styles: the WYSIWYG editor sets them on its own elements. Never inline script. */
    static final String NEWSROOM_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "frame-src 'self' https://www.youtube-nocookie.com https://www.youtube.com; frame-ancestors 'none'; "
            + "base-uri 'self'; form-action 'self'";

    /** See {@link FilterOrder#UPLOAD_TOO_LARGE}. */
    @Bean
    FilterRegistrationBean<UploadTooLargeFilter> uploadTooLargeFilter(
            @Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
        FilterRegistrationBean<UploadTooLargeFilter> registration =
                new FilterRegistrationBean<>(new UploadTooLargeFilter(maxRequestSize.toBytes()));
        registration.setOrder(FilterOrder.UPLOAD_TOO_LARGE);
        registration.addUrlPatterns(Newsroom.PATH + "/*");
        return registration;
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_EDITOR
                ROLE_EDITOR > ROLE_AUTHOR""");
    }

    @Bean
    @Order(FilterOrder.NEWSROOM_SECURITY)
    SecurityFilterChain newsroom(HttpSecurity http, Accounts accounts) throws Exception {
        http.securityMatcher(Newsroom.PATH, Newsroom.PATH + "/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN).permitAll()
                        .requestMatchers(DENIED).authenticated()
                        .requestMatchers(NewsroomPaths.ADMIN_ONLY).hasRole("ADMIN")
                        .requestMatchers(NewsroomPaths.EDITORS).hasRole("EDITOR")
                        .anyRequest().hasRole("AUTHOR"))
                .formLogin(form -> form.loginPage(LOGIN).loginProcessingUrl(LOGIN)
                        .defaultSuccessUrl(Newsroom.PATH, false)
                        .failureUrl(LOGIN + "?loi").permitAll())
                .logout(logout -> logout.logoutUrl(Newsroom.PATH + "/dang-xuat")
                        .logoutSuccessUrl(LOGIN + "?da-dang-xuat")
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(errors -> errors.accessDeniedPage(DENIED))
                .addFilterBefore(new CurrentStaffFilter(accounts), AuthorizationFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(NEWSROOM_CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }
}
