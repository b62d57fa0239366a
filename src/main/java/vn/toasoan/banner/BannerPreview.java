package vn.toasoan.banner;

import java.time.LocalDate;

/** The text an item would show on {@code date}. */
public record BannerPreview(String text, LocalDate date) {
}
