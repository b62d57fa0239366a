package vn.toasoan.site;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A rendered page ready to send: raw and gzip bytes with their validators.
 *
 * @param contentVersion the content version it was rendered from; a newer version makes it unusable
 * @param renderedAt epoch millis of the site clock when it was rendered, for the freshness window
 * @param lastModified epoch millis, whole seconds, for Last-Modified
 * @param articleId the article it shows, or null, so a hit still counts as a view of that article
 */
record CachedPage(byte[] body, byte[] gzipBody, String etag, String contentType, String contentLanguage,
        long lastModified, long renderedAt, long contentVersion, Long articleId, AtomicBoolean refreshing) {

    String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    long size() {
        return body.length + gzipBody.length;
    }
}
