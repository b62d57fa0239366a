package vn.toasoan.media;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
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

    /**
     * What is not an image (PDF, Office files) is downloaded, not opened in the site's origin: a PDF viewer or an
     * Office file opened inline runs in the site's context, and documents are attachments elsewhere too.
     */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String path = request.getRequestURI();
                if (!FileType.isImageName(path)) {
                    // Stored names are ASCII slugs (MediaFiles), and the raw request URI is ASCII.
                    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(path.substring(path.lastIndexOf('/') + 1)).build().toString());
                }
                return true;
            }
        }).addPathPatterns("/media/**");
    }
}
