package vn.toasoan.banner;

/**
 * The banner item form as typed; strings, so a refused form comes back as it was sent.
 *
 * @param kind {@code plain} (shown as written) or {@code anniversary} (placeholders computed from the event date)
 * @param eventDate the day of the event, {@code 1954-05-07} (or {@code 7/5/1954})
 * @param startsOn first day shown, or blank
 * @param endsOn last day shown, or blank
 * @param previewDate the day the preview computes the text for; blank for today
 */
public record BannerChange(String kind, String template, String eventDate, String startsOn, String endsOn,
        String linkUrl, String previewDate) {

    public static final String PLAIN = "plain";
    public static final String ANNIVERSARY = "anniversary";

    public boolean anniversary() {
        return ANNIVERSARY.equals(kind);
    }
}
