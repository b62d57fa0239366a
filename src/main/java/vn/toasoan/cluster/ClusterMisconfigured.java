package vn.toasoan.cluster;

/** Cluster mode asked for on a database that other nodes cannot share. */
class ClusterMisconfigured extends IllegalStateException {

    ClusterMisconfigured(String datasourceUrl) {
        super("Cluster mode (toasoan.cluster.redis-url) needs a PostgreSQL database shared by every node, "
                + "but spring.datasource.url is " + (datasourceUrl.isEmpty() ? "not set" : datasourceUrl.split(";")[0])
                + ": set SPRING_DATASOURCE_URL=jdbc:postgresql://… or unset TOASOAN_CLUSTER_REDIS_URL.");
    }
}
