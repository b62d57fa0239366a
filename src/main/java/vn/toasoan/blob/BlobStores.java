package vn.toasoan.blob;

/**
 * Opens a feature's store: {@link DirectoryBlobStore} on one node, {@link CachedBlobStore} in cluster mode. A
 * feature opens its area once, with its own directory and table.
 */
@FunctionalInterface
public interface BlobStores {

    BlobStore open(BlobArea area);
}
