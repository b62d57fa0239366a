/**
 * The change feed: every committed change that caches, the search index or other nodes must follow, recorded in
 * the transaction of the change and read by followers from their own position.
 */
package vn.toasoan.changes;
