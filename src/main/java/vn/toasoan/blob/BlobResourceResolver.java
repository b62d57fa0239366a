package vn.toasoan.blob;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Serves a store's blobs through Spring's resource handling, which answers with the type of the name,
 * Last-Modified, conditional requests and ranges, whichever store holds the bytes. The request path is the key.
 */
public class BlobResourceResolver implements ResourceResolver {

    private final BlobStore store;

    public BlobResourceResolver(BlobStore store) {
        this.store = store;
    }

    @Override
    public Resource resolveResource(HttpServletRequest request, String requestPath, List<? extends Resource> locations,
            ResourceResolverChain chain) {
        if (!BlobKeys.valid(requestPath)) {
            return null;
        }
        return store.get(requestPath)
                .map(blob -> new BlobResource(blob, requestPath.substring(requestPath.lastIndexOf('/') + 1)))
                .orElse(null);
    }

    @Override
    public String resolveUrlPath(String resourcePath, List<? extends Resource> locations, ResourceResolverChain chain) {
        return BlobKeys.valid(resourcePath) && store.exists(resourcePath) ? resourcePath : null;
    }
}
