package vn.toasoan.blob;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.toasoan.cluster.ConditionalOnCluster;

/** Cluster mode: each feature's blobs are rows of its table in PostgreSQL, served through this node's cache. */
@Component
@ConditionalOnCluster
class SharedBlobStores implements BlobStores {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BlobCache cache;

    SharedBlobStores(JdbcClient jdbc, PlatformTransactionManager transactionManager, ApplicationEventPublisher events,
            Clock clock, BlobCache cache) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.clock = clock;
        this.cache = cache;
    }

    @Override
    public BlobStore open(BlobArea area) {
        return new CachedBlobStore(new DatabaseBlobStore(jdbc, area.table(), transactions, events, clock), cache);
    }
}
