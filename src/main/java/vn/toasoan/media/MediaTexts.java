package vn.toasoan.media;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.toasoan.text.Folding;
import vn.toasoan.text.VietnameseText;

/** The texts that come with a medium, made tidy and checked: each is one line of NFC text. */
final class MediaTexts {

    static final int MAX_ALT_TEXT = 500;
    static final int MAX_CAPTION = 1000;
    static final int MAX_CREDIT = 200;
    static final int MAX_ORIGINAL_NAME = 255;
    private static final int MAX_SEARCH_TEXT = 2000;
    private static final int MAX_SEARCH_WORDS = 10;

    private MediaTexts() {
    }

    /**
     * {@code text} in NFC on one line: line breaks, tabs and invisible format characters (such as the right-to-left
     * override that makes "gpj.exe" read "exe.jpg") become spaces, runs of spaces one; {@code null} when nothing
     * is left.
     */
    static String line(String text) {
        if (text == null) {
            return null;
        }
        String line = VietnameseText.nfc(text).replaceAll("[\\p{Cc}\\p{Cf}\\p{Z}\\s]+", " ").strip();
        return line.isEmpty() ? null : line;
    }

    /** {@link #line(String)}, refused when longer than {@code max} characters. */
    static String checked(String field, String label, String text, int max) {
        String line = line(text);
        if (line != null && line.length() > max) {
            throw new MediaRejected(field, label + " dài quá " + max + " ký tự");
        }
        return line;
    }

    /** The uploader's file name without any folder, on one line, cut to fit its column. */
    static String originalName(String fileName) {
        String name = line(fileName);
        if (name == null) {
            return null;
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        if (name.length() > MAX_ORIGINAL_NAME) {
            name = name.substring(0, MAX_ORIGINAL_NAME).strip();
        }
        return name.isEmpty() ? null : name;
    }

    /** What the library's text filter matches: the texts folded (no tones, "đ" as "d", lower case). */
    static String searchText(String altText, String caption, String credit, String originalName) {
        String text = Folding.fold(Stream.of(altText, caption, credit, originalName).filter(Objects::nonNull)
                .collect(Collectors.joining(" ")));
        return text.length() > MAX_SEARCH_TEXT ? text.substring(0, MAX_SEARCH_TEXT) : text;
    }

    /** The folded words of a query: "Hội  nghị" → "hoi", "nghi". */
    static List<String> searchWords(String query) {
        String line = line(query);
        if (line == null) {
            return List.of();
        }
        return Arrays.stream(Folding.fold(line).split(" ")).filter(w -> !w.isEmpty()).distinct()
                .limit(MAX_SEARCH_WORDS).toList();
    }
}
