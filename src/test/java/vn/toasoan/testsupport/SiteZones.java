package vn.toasoan.testsupport;

import java.util.function.Supplier;

import vn.toasoan.account.Actor;
import vn.toasoan.settings.SettingsChange;
import vn.toasoan.settings.SiteDetails;
import vn.toasoan.settings.SiteSettings;

/** Runs a test with another site time zone set in the settings, as an administrator would, then sets the one before. */
public final class SiteZones {

    private SiteZones() {
    }

    public static void in(SiteSettings settings, String zone, Runnable test) {
        in(settings, zone, () -> {
            test.run();
            return null;
        });
    }

    public static <T> T in(SiteSettings settings, String zone, Supplier<T> test) {
        SiteDetails before = settings.current();
        settings.update(Actor.system(), withZone(before, zone));
        try {
            return test.get();
        } finally {
            settings.update(Actor.system(), withZone(before, before.zone().getId()));
        }
    }

    private static SettingsChange withZone(SiteDetails site, String zone) {
        return new SettingsChange(site.name(), site.footerText(), site.address(), site.phone(), site.email(), zone,
                site.visitorOffset() == null ? "" : site.visitorOffset().toString());
    }
}
