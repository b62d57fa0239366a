package vn.toasoan.settings;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.toasoan.changes.Change;
import vn.toasoan.changes.ChangeFollower;
import vn.toasoan.changes.FeedPosition;

/** Keeps the settings in force (and with them the site zone) in line with saves on any node. */
@Component
class SettingsFollower implements ChangeFollower {

    private final SiteSettings settings;

    SettingsFollower(SiteSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "settings";
    }

    /** None: the settings are read from the database when the node starts. */
    @Override
    public Optional<FeedPosition> storedPosition() {
        return Optional.empty();
    }

    @Override
    public void startOver(FeedPosition from) {
        settings.reload();
    }

    @Override
    public void apply(List<Change> changes, FeedPosition after) {
        if (changes.stream().anyMatch(change -> change.is(SiteSettingsChanged.TOPIC))) {
            settings.reload();
        }
    }
}
