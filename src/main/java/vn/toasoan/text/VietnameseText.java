package vn.toasoan.text;

import java.text.Normalizer;

/** Placeholder until the text package lands. */
public final class VietnameseText {
    private VietnameseText() {
    }

    public static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
