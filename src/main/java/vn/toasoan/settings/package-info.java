/**
 * Site settings an administrator changes in the newsroom ({@code /quan-tri/cai-dat}): name, logo, footer, contact,
 * time zone and the visitor counter's starting offset. Saved values override the configuration
 * ({@code toasoan.site.*}, {@code toasoan.stats.total-offset}) and apply without a restart.
 */
package vn.toasoan.settings;
