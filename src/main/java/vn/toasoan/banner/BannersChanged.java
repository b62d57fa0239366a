package vn.toasoan.banner;

import vn.toasoan.changes.FeedChange;

/** Published when the banner strip changed (an item or the lead): every public page shows it. */
public record BannersChanged() implements FeedChange {

    public static final String TOPIC = "banner";

    @Override
    public String topic() {
        return TOPIC;
    }
}
