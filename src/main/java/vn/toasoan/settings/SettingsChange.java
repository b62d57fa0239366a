package vn.toasoan.settings;

/**
 * The settings form as typed: every value a string, so a refused form comes back exactly as it was sent.
 *
 * @param zone a time zone id such as {@code Asia/Ho_Chi_Minh}
 * @param visitorOffset a whole number, or blank for the configured default
 */
public record SettingsChange(String name, String footerText, String address, String phone, String email,
        String zone, String visitorOffset) {
}
