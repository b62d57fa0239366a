package vn.toasoan.blob;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.toasoan.changes.Change;
import vn.toasoan.changes.ChangeFollower;
import vn.toasoan.changes.FeedPosition;
import vn.toasoan.cluster.ConditionalOnCluster;

/**
 * Drops this node's cached copy of every blob deleted on any node, as the change feed reports it: at once for a
 * deletion made here, within the feed's poll interval (1 s by default) for one made elsewhere. The cache's index
 * lives in memory, so it starts empty with the process (no stored position).
 */
@Component
@ConditionalOnCluster
class BlobCacheFollower implements ChangeFollower {

    private final BlobCache cache;

    BlobCacheFollower(BlobCache cache) {
        this.cache = cache;
    }

    @Override
    public String name() {
        return "blob-cache";
    }

    @Override
    public Optional<FeedPosition> storedPosition() {
        return Optional.empty();
    }

    @Override
    public void startOver(FeedPosition from) {
        cache.clear();
    }

    @Override
    public void apply(List<Change> changes, FeedPosition after) {
        for (Change change : changes) {
            if (change.is(BlobDeleted.TOPIC) && change.detail() != null) {
                int space = change.detail().indexOf(' ');
                if (space > 0) {
                    String key = change.detail().substring(space + 1);
                    if (BlobKeys.valid(key)) {
                        cache.evict(change.detail().substring(0, space), key);
                    }
                }
            }
        }
    }
}
