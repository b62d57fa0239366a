/**
 * Stores of bytes under keys (uploaded media, attached files): the data directory on one node, PostgreSQL with a
 * bounded disk cache per node in cluster mode. Each feature keeps its blobs in a table of its own.
 */
package vn.toasoan.blob;
