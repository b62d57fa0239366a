/**
 * The demo content written on the first start of an empty site (toasoan.demo.enabled): the reference page's
 * article, its plan, categories, menu and banners, so a new install shows a working portal.
 */
package vn.toasoan.demo;
