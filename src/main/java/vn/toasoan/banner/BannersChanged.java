package vn.toasoan.banner;

/** Published when the banner strip changed (an item or the lead): every public page shows it. */
public record BannersChanged() {
}
