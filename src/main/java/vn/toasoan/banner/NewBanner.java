package vn.toasoan.banner;

import java.time.LocalDate;

/** What it takes to add a banner item; see {@link Banner} for the template placeholders. */
record NewBanner(String template, LocalDate eventDate, LocalDate startsOn, LocalDate endsOn, String linkUrl,
        int position) {
}
