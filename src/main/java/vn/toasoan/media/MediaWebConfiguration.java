package vn.toasoan.media;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.toasoan.blob.BlobResourceResolver;

/**
 * Serves stored media from wherever the store keeps them (the data directory, or this node's cache of the shared
 * store) with the type of the name, Last-Modified and ranges; names never change, so caches keep them a year.
 */
@Configuration(proxyBeanMethods = false)
class MediaWebConfiguration implements WebMvcConfigurer {

    private final MediaFiles files;

    MediaWebConfiguration(MediaFiles files) {
        this.files = files;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/media/**")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(false)
                .addResolver(new BlobResourceResolver(files.store()));
    }
}
