package vn.toasoan.blob;

import org.springframework.stereotype.Component;

import vn.toasoan.cluster.ConditionalOnSingleNode;

/** One node: each feature's blobs are files in its directory of the data directory. */
@Component
@ConditionalOnSingleNode
class LocalBlobStores implements BlobStores {

    @Override
    public BlobStore open(BlobArea area) {
        return new DirectoryBlobStore(area.directory());
    }
}
