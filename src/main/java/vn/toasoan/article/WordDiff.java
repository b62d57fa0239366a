package vn.toasoan.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A word-level diff for people: what was taken out and what was put in, between two versions of a text. A longest
 * common subsequence over words (whitespace separates words and is not compared), then runs of equal, deleted and
 * inserted words. Long texts are compared block by block ({@link #blocks}) so the table stays small.
 */
final class WordDiff {

    /**
     * Beyond this many cells (4 bytes each) of a longest-common-subsequence table, two texts are not compared word
     * by word (shown replaced whole), and blocks are paired in order rather than matched.
     */
    private static final long MAX_CELLS = 4_000_000;

    enum Kind { SAME, ADDED, REMOVED }

    /** A run of words of one kind. */
    record Segment(Kind kind, String text) {
        public boolean same() {
            return kind == Kind.SAME;
        }

        public boolean added() {
            return kind == Kind.ADDED;
        }

        public boolean removed() {
            return kind == Kind.REMOVED;
        }
    }

    private WordDiff() {
    }

    /** The words of {@code before} and {@code after} as runs; null counts as empty. */
    static List<Segment> words(String before, String after) {
        return diff(split(before), split(after));
    }

    /**
     * Two lists of blocks (paragraphs, headings, list items): the blocks both begin and end with are matched first,
     * then equal blocks between them, and the blocks between two matches are compared word by word in pairs. When
     * the blocks between the common beginning and end are too many to match ({@link #MAX_CELLS}), they are paired in
     * order instead: a revision that rewrote thousands of paragraphs is shown, not refused for want of memory.
     *
     * @return one list of segments per block of the result, in reading order
     */
    static List<List<Segment>> blocks(List<String> before, List<String> after) {
        int prefix = 0;
        while (prefix < before.size() && prefix < after.size() && before.get(prefix).equals(after.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < before.size() - prefix && suffix < after.size() - prefix
                && before.get(before.size() - 1 - suffix).equals(after.get(after.size() - 1 - suffix))) {
            suffix++;
        }
        List<List<Segment>> result = new ArrayList<>();
        after.subList(0, prefix).forEach(block -> result.add(List.of(new Segment(Kind.SAME, block))));
        List<String> middleBefore = before.subList(prefix, before.size() - suffix);
        List<String> middleAfter = after.subList(prefix, after.size() - suffix);
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        if ((long) (middleBefore.size() + 1) * (middleAfter.size() + 1) > MAX_CELLS) {
            removed.addAll(middleBefore);
            added.addAll(middleAfter);
        } else {
            matchBlocks(middleBefore, middleAfter, removed, added, result);
        }
        flush(removed, added, result);
        after.subList(after.size() - suffix, after.size())
                .forEach(block -> result.add(List.of(new Segment(Kind.SAME, block))));
        return result;
    }

    private static void matchBlocks(List<String> before, List<String> after, List<String> removed, List<String> added,
            List<List<Segment>> result) {
        int[][] lcs = table(before, after);
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            if (i < before.size() && j < after.size() && before.get(i).equals(after.get(j))) {
                flush(removed, added, result);
                result.add(List.of(new Segment(Kind.SAME, after.get(j))));
                i++;
                j++;
            } else if (i < before.size() && (j == after.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                removed.add(before.get(i++));
            } else {
                added.add(after.get(j++));
            }
        }
    }

    /** Whether anything differs. */
    static boolean changed(List<Segment> segments) {
        return segments.stream().anyMatch(s -> s.kind() != Kind.SAME);
    }

    private static void flush(List<String> removed, List<String> added, List<List<Segment>> result) {
        int pairs = Math.max(removed.size(), added.size());
        for (int k = 0; k < pairs; k++) {
            String before = k < removed.size() ? removed.get(k) : "";
            String after = k < added.size() ? added.get(k) : "";
            result.add(words(before, after));
        }
        removed.clear();
        added.clear();
    }

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.asList(text.strip().split("\\s+"));
    }

    private static List<Segment> diff(List<String> before, List<String> after) {
        List<Segment> segments = new ArrayList<>();
        if ((long) (before.size() + 1) * (after.size() + 1) > MAX_CELLS) {
            add(segments, Kind.REMOVED, String.join(" ", before));
            add(segments, Kind.ADDED, String.join(" ", after));
            return segments;
        }
        int[][] lcs = table(before, after);
        int i = 0;
        int j = 0;
        while (i < before.size() || j < after.size()) {
            if (i < before.size() && j < after.size() && before.get(i).equals(after.get(j))) {
                add(segments, Kind.SAME, after.get(j));
                i++;
                j++;
            } else if (i < before.size() && (j == after.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                add(segments, Kind.REMOVED, before.get(i++));
            } else {
                add(segments, Kind.ADDED, after.get(j++));
            }
        }
        return segments;
    }

    /** lcs[i][j]: the length of the longest common subsequence of before[i..] and after[j..]. */
    private static int[][] table(List<String> before, List<String> after) {
        int[][] lcs = new int[before.size() + 1][after.size() + 1];
        for (int i = before.size() - 1; i >= 0; i--) {
            for (int j = after.size() - 1; j >= 0; j--) {
                lcs[i][j] = before.get(i).equals(after.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        return lcs;
    }

    /** Appends a word to the last segment when it is of the same kind, else starts a new one. */
    private static void add(List<Segment> segments, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!segments.isEmpty() && segments.get(segments.size() - 1).kind() == kind) {
            Segment last = segments.remove(segments.size() - 1);
            segments.add(new Segment(kind, last.text() + " " + text));
        } else {
            segments.add(new Segment(kind, text));
        }
    }
}
