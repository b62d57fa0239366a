package vn.toasoan.changes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Where a follower stands in the change feed: it has applied every entry up to {@code high} except those in
 * {@code gaps}. A gap is a run of sequence numbers above which entries were already seen: either a transaction
 * took those numbers and has not committed yet (it will, and its entries must still be applied), or it rolled
 * back (they never come). A gap is watched until {@code gapTimeout} after it was noticed, then given up.
 *
 * <p>Immutable. Stored by followers that keep state across restarts ({@link #encode()}), together with that state.
 */
public record FeedPosition(long high, List<Gap> gaps) {

    /** More runs than this at once means something else is wrong; the oldest are given up. */
    static final int MAX_GAPS = 1_000;

    /** Sequence numbers {@code from..to} (inclusive) not seen yet, first noticed at {@code noticedAt}. */
    public record Gap(long from, long to, Instant noticedAt) {

        boolean contains(long seq) {
            return seq >= from && seq <= to;
        }
    }

    public FeedPosition {
        gaps = List.copyOf(gaps);
    }

    /** Every entry up to {@code high} applied, no gap. */
    public static FeedPosition at(long high) {
        return new FeedPosition(high, List.of());
    }

    /** Whether the follower has applied the entry with this number already. */
    public boolean applied(long seq) {
        return seq <= high && gaps.stream().noneMatch(gap -> gap.contains(seq));
    }

    /**
     * The position after applying the entries {@code seen} (entries above {@code high}, or inside a gap); the
     * numbers skipped between {@code high} and a new higher entry become a gap noticed {@code now}.
     */
    public FeedPosition after(Collection<Long> seen, Instant now) {
        List<Gap> open = new ArrayList<>(gaps);
        long top = high;
        for (long seq : seen.stream().sorted().toList()) {
            if (seq > top) {
                if (seq > top + 1) {
                    open.add(new Gap(top + 1, seq - 1, now));
                }
                top = seq;
            } else {
                open = fill(open, seq);
            }
        }
        while (open.size() > MAX_GAPS) {
            open.remove(0);
        }
        return new FeedPosition(top, open);
    }

    /** This position without the gaps noticed before {@code cutoff}; see {@link #expiredGaps}. */
    public FeedPosition withoutGapsNoticedBefore(Instant cutoff) {
        List<Gap> kept = gaps.stream().filter(gap -> !gap.noticedAt().isBefore(cutoff)).toList();
        return kept.size() == gaps.size() ? this : new FeedPosition(high, kept);
    }

    /** The gaps noticed before {@code cutoff}: rolled back, or a transaction longer than any should be. */
    public List<Gap> expiredGaps(Instant cutoff) {
        return gaps.stream().filter(gap -> gap.noticedAt().isBefore(cutoff)).toList();
    }

    private static List<Gap> fill(List<Gap> gaps, long seq) {
        List<Gap> result = new ArrayList<>(gaps.size() + 1);
        for (Gap gap : gaps) {
            if (!gap.contains(seq)) {
                result.add(gap);
                continue;
            }
            if (seq > gap.from()) {
                result.add(new Gap(gap.from(), seq - 1, gap.noticedAt()));
            }
            if (seq < gap.to()) {
                result.add(new Gap(seq + 1, gap.to(), gap.noticedAt()));
            }
        }
        return result;
    }

    /** "high" or "high;from-to@epochMillis,…": short enough for index commit data or a table column. */
    public String encode() {
        StringBuilder text = new StringBuilder(Long.toString(high));
        for (int i = 0; i < gaps.size(); i++) {
            Gap gap = gaps.get(i);
            text.append(i == 0 ? ';' : ',').append(gap.from()).append('-').append(gap.to()).append('@')
                    .append(gap.noticedAt().toEpochMilli());
        }
        return text.toString();
    }

    /** Reads what {@link #encode()} wrote. */
    public static FeedPosition decode(String text) {
        Objects.requireNonNull(text);
        int semicolon = text.indexOf(';');
        long high = Long.parseLong(semicolon < 0 ? text : text.substring(0, semicolon));
        List<Gap> gaps = new ArrayList<>();
        if (semicolon >= 0) {
            for (String part : text.substring(semicolon + 1).split(",")) {
                int dash = part.indexOf('-');
                int at = part.indexOf('@');
                gaps.add(new Gap(Long.parseLong(part.substring(0, dash)), Long.parseLong(part.substring(dash + 1, at)),
                        Instant.ofEpochMilli(Long.parseLong(part.substring(at + 1)))));
            }
        }
        return new FeedPosition(high, gaps);
    }
}
