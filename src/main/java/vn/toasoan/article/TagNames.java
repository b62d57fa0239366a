package vn.toasoan.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.toasoan.text.Slugs;
import vn.toasoan.text.TypedText;

/** Tags as people type them: "Chuyển đổi số, hội nghị" — comma or semicolon separated, each kept once. */
final class TagNames {

    /**
     * At most {@link #MAX_TAGS} names of at most this length, with their separators, fit the revision's tag column
     * (2000 characters).
     */
    static final int NAME_MAX = 60;
    static final int MAX_TAGS = 20;
    /** The tag table's slug column. */
    static final int SLUG_MAX = 120;

    private TagNames() {
    }

    /** The names in the order typed, trimmed and NFC; blank ones dropped. */
    static List<String> parse(String typed) {
        List<String> names = new ArrayList<>();
        if (typed == null) {
            return names;
        }
        for (String part : typed.split("[,;\\n]")) {
            String name = TypedText.line(part);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    /** Each tag once by its slug (the first spelling wins), in the order typed. */
    static Map<String, String> bySlug(List<String> names) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String name : names) {
            String clean = Objects.requireNonNullElse(TypedText.line(name), "");
            String slug = Slugs.slugify(clean, SLUG_MAX);
            if (!slug.isEmpty()) {
                tags.putIfAbsent(slug, clean);
            }
        }
        return tags;
    }
}
