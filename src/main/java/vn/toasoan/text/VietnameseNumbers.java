package vn.toasoan.text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Whole numbers as Vietnamese readers write them: the thousands grouped with dots, "351.739". */
public final class VietnameseNumbers {

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi"));

    private VietnameseNumbers() {
    }

    public static String grouped(long value) {
        // DecimalFormat is not thread-safe: one per call (cheap next to what is written around the number).
        return new DecimalFormat("#,##0", SYMBOLS).format(value);
    }
}
