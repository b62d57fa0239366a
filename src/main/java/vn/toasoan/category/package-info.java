/**
 * The tree of categories (chuyên mục) with their slugs, old slugs answered with a redirect, and sibling order.
 */
package vn.toasoan.category;
