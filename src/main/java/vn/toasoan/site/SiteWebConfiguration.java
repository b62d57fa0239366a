package vn.toasoan.site;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class SiteWebConfiguration implements WebMvcConfigurer {

    /** Browsers still ask for /favicon.ico; answering with the emblem spares them (and us) a rendered 404 page. */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/favicon.ico", "/img/logo.svg").setStatusCode(HttpStatus.MOVED_PERMANENTLY);
    }
}
