package vn.toasoan.site;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.toasoan.SiteZone;
import vn.toasoan.text.VietnameseDates;
import vn.toasoan.text.VietnameseNumbers;

/**
 * Formats values for templates ({@code ${@fmt.longDate(a.publishedAt)}}) in the site time zone and Vietnamese
 * conventions, so no template ever formats a date in the server's zone.
 */
@Component("fmt")
public class DisplayFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final SiteZone site;

    DisplayFormat(SiteZone site) {
        this.site = site;
    }

    /** "Thứ tư, 17/03/2021". */
    public String longDate(Instant instant) {
        return instant == null ? "" : VietnameseDates.longDate(instant, site.get());
    }

    /** "17/03/2021 08:30". */
    public String dateTime(Instant instant) {
        return instant == null ? ""
                : VietnameseDates.shortDate(instant.atZone(site.get()).toLocalDate()) + " "
                        + TIME.format(instant.atZone(site.get()));
    }

    /** "17/03/2021". */
    public String shortDate(Instant instant) {
        return instant == null ? "" : VietnameseDates.shortDate(instant.atZone(site.get()).toLocalDate());
    }

    public String shortDate(LocalDate date) {
        return date == null ? "" : VietnameseDates.shortDate(date);
    }

    /** Machine-readable form for {@code <time datetime>}, with the site's offset. */
    public String iso(Instant instant) {
        return instant == null ? "" : VietnameseDates.isoDateTime(instant, site.get());
    }

    public String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Vietnamese digit grouping: 351.739. */
    public String number(long value) {
        return VietnameseNumbers.grouped(value);
    }

    /** A file size as Vietnamese readers write it: "850 byte", "12 KB", "1,5 MB". */
    public String fileSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " byte";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
        return format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
