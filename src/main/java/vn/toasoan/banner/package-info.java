/**
 * The announcement strip under the menu: plain and anniversary banners ("70 năm …" counted from the event date),
 * shown between their start and end dates.
 */
package vn.toasoan.banner;
