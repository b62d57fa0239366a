package vn.toasoan.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.toasoan.changes.FeedPosition.Gap;

class FeedPositionTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-12-07T10:00:05Z");

    @Test
    void consecutiveEntriesMoveTheHighMarkWithoutGaps() {
        FeedPosition position = FeedPosition.at(4).after(List.of(5L, 6L, 7L), T0);

        assertThat(position).isEqualTo(FeedPosition.at(7));
        assertThat(position.applied(7)).isTrue();
        assertThat(position.applied(8)).isFalse();
    }

    @Test
    void numbersSkippedBelowASeenEntryBecomeAGapUntilTheirEntryCommits() {
        FeedPosition position = FeedPosition.at(4).after(List.of(8L), T0);

        assertThat(position).isEqualTo(new FeedPosition(8, List.of(new Gap(5, 7, T0))));
        assertThat(position.applied(6)).isFalse();
        assertThat(position.applied(8)).isTrue();

        FeedPosition filled = position.after(List.of(6L), T1);

        assertThat(filled.gaps()).containsExactly(new Gap(5, 5, T0), new Gap(7, 7, T0));
        assertThat(filled.applied(6)).isTrue();
        assertThat(filled.after(List.of(5L, 7L), T1)).isEqualTo(FeedPosition.at(8));
    }

    @Test
    void entriesSeenOutOfOrderInOneBatchLeaveNoGap() {
        assertThat(FeedPosition.at(0).after(List.of(3L, 1L, 2L), T0)).isEqualTo(FeedPosition.at(3));
    }

    @Test
    void gapsNoticedBeforeTheCutoffAreGivenUp() {
        FeedPosition position = FeedPosition.at(1).after(List.of(3L), T0).after(List.of(6L), T1);

        assertThat(position.expiredGaps(T1)).containsExactly(new Gap(2, 2, T0));
        assertThat(position.withoutGapsNoticedBefore(T1)).isEqualTo(new FeedPosition(6, List.of(new Gap(4, 5, T1))));
    }

    @Test
    void encodesAndDecodesExactly() {
        FeedPosition position = FeedPosition.at(1).after(List.of(3L), T0).after(List.of(9L), T1);

        assertThat(position.encode()).isEqualTo("9;2-2@1796637600000,4-8@1796637605000");
        assertThat(FeedPosition.decode(position.encode())).isEqualTo(position);
        assertThat(FeedPosition.decode("42")).isEqualTo(FeedPosition.at(42));
    }

    @Test
    void holdsAtMostAThousandGapsGivingUpTheOldest() {
        FeedPosition position = FeedPosition.at(0);
        for (long seq = 2; seq <= 2 * (FeedPosition.MAX_GAPS + 5); seq += 2) {
            position = position.after(List.of(seq), T0);
        }

        assertThat(position.gaps()).hasSize(FeedPosition.MAX_GAPS);
        assertThat(position.gaps().get(0).from()).isEqualTo(11);
    }
}
