package vn.toasoan.settings;

import vn.toasoan.changes.FeedChange;

/** Published, inside its transaction, when site settings were saved: every public page shows them. */
public record SiteSettingsChanged() implements FeedChange {

    public static final String TOPIC = "settings";

    @Override
    public String topic() {
        return TOPIC;
    }
}
