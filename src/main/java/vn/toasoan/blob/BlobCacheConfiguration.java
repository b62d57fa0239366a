package vn.toasoan.blob;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.toasoan.DataDirectoryProperties;
import vn.toasoan.cluster.ConditionalOnCluster;

/** The node's blob cache, in cluster mode only: on one node the blobs are on this disk already. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnCluster
class BlobCacheConfiguration {

    @Bean
    BlobCache blobCache(DataDirectoryProperties dataDirectory, BlobCacheProperties properties) {
        return new BlobCache(dataDirectory.dataDir().resolve("blob-cache"), properties.cacheSize().toBytes());
    }
}
