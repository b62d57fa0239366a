/**
 * The media library: uploads checked by their content, images turned upright and copied at smaller widths, files
 * served from the data directory, and what each item is used by.
 */
package vn.toasoan.media;
