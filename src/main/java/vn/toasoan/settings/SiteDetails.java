package vn.toasoan.settings;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * The site as pages show it ({@code ${site.name}} in templates): saved settings over the configured defaults.
 *
 * @param logoUrl the emblem; the bundled one until an administrator uploads another
 * @param logoWidth its width in pixels, with {@code logoHeight} for the aspect ratio
 * @param footerText free text under the footer's name, or null
 * @param visitorOffset the saved starting offset of the visitor counter, or null for the configured one
 */
public record SiteDetails(String name, String baseUrl, ZoneId zone, String logoUrl, int logoWidth, int logoHeight,
        String footerText, String address, String phone, String email, Long visitorOffset) {

    /** The bundled emblem, a square SVG. */
    public static final String DEFAULT_LOGO = "/img/logo.svg";

    /** The footer text a line at a time, for templates (no HTML is ever stored). */
    public List<String> footerLines() {
        return footerText == null ? List.of() : Arrays.asList(footerText.split("\n"));
    }

    /** True when an administrator uploaded the logo. */
    public boolean customLogo() {
        return !DEFAULT_LOGO.equals(logoUrl);
    }

    public boolean hasContact() {
        return address != null || phone != null || email != null;
    }

    /** A {@code tel:} link of the phone number: digits and a leading plus only. */
    public String phoneHref() {
        return phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", "");
    }

    /** The logo's width when shown {@code height} pixels high. */
    public int logoWidthAt(int height) {
        return logoHeight <= 0 ? height : Math.max(1, Math.round((float) logoWidth * height / logoHeight));
    }
}
