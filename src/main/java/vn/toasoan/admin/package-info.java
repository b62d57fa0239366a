/**
 * The newsroom shell at {@code /quan-tri}: security (login, sessions, headers), the layout every newsroom page
 * uses, the dashboard and the error answers shared by the newsroom pages. Each feature keeps its own newsroom
 * controllers and templates; this package only frames them.
 */
package vn.toasoan.admin;
