package vn.toasoan.menu;

import vn.toasoan.changes.FeedChange;

/** Published when an item of a menu was added, changed, moved or deleted: every public page shows the menus. */
public record MenuChanged(String menu) implements FeedChange {

    public static final String TOPIC = "menu";

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String detail() {
        return menu;
    }
}
