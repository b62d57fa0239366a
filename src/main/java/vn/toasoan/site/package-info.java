/**
 * The public site: home, category and document pages composed from the features' read APIs, the layout, error
 * pages, security headers and the cache of rendered pages.
 */
package vn.toasoan.site;
