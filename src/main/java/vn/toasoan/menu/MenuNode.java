package vn.toasoan.menu;

import java.util.List;

/** One link of a menu with its sub-links, in display order. */
public record MenuNode(long id, String label, String url, List<MenuNode> children) {
}
