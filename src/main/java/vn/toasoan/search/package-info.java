/**
 * Vietnamese full-text search over a per-node Lucene index that follows content changes and can always be rebuilt
 * from the database.
 */
package vn.toasoan.search;
