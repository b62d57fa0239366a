/**
 * Cluster mode: several identical nodes on one PostgreSQL database and one Redis, switched on by
 * {@code toasoan.cluster.redis-url} alone. Features ask {@link vn.toasoan.cluster.ConditionalOnCluster} or
 * {@link vn.toasoan.cluster.ConditionalOnSingleNode} to choose their shared or local stores; this package only
 * decides the mode, refuses a mode that cannot work and gives the Redis connection.
 */
package vn.toasoan.cluster;
