package vn.toasoan.settings;

/** Published after site settings were saved (and are in force): every public page shows them. */
public record SiteSettingsChanged() {
}
