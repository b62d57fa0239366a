/**
 * The site menu: a tree of links to categories, pages or addresses, edited in the newsroom.
 */
package vn.toasoan.menu;
