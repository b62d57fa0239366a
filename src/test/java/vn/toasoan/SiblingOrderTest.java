package vn.toasoan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SiblingOrderTest {

    record Item(long id, Long parentId, int position) {
    }

    /** The positions written, by id, in the order written. */
    final Map<Long, Integer> written = new LinkedHashMap<>();
    final SiblingOrder<Item> order = new SiblingOrder<>(Item::parentId, Item::id, Item::position, written::put);

    // Two top-level items with equal positions (stored before positions were kept) and two children of item 1.
    final List<Item> all = List.of(new Item(3, null, 0), new Item(1, null, 0), new Item(2, null, 1),
            new Item(10, 1L, 5), new Item(11, 1L, 2));

    @Test
    void siblingsAreInPositionThenIdOrder() {
        assertThat(order.siblings(all, null)).extracting(Item::id).containsExactly(1L, 3L, 2L);
        assertThat(order.siblings(all, 1L)).extracting(Item::id).containsExactly(11L, 10L);
        assertThat(order.siblings(all, 2L)).isEmpty();
    }

    @Test
    void aNewItemGoesLast() {
        assertThat(order.lastPosition(all, null)).isEqualTo(2);
        assertThat(order.lastPosition(all, 1L)).isEqualTo(6);
        assertThat(order.lastPosition(all, 2L)).isZero();
    }

    @Test
    void movingWritesOnlyThePositionsThatChange() {
        List<Item> top = order.siblings(all, null);
        assertThat(order.move(top, 2, 0)).isZero();
        assertThat(written).containsExactly(Map.entry(2L, 0), Map.entry(1L, 1), Map.entry(3L, 2));
    }

    @Test
    void placesBeyondTheEndsMeanTheEnds() {
        List<Item> top = order.siblings(all, null);
        assertThat(order.move(top, 1, -5)).as("already first").isEqualTo(-1);
        assertThat(written).isEmpty();
        assertThat(order.move(top, 1, 99)).isEqualTo(2);
        assertThat(written).as("3 and 2 already stand at 0 and 1").containsExactly(Map.entry(1L, 2));
        assertThatThrownBy(() -> order.move(top, 10, 0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anItemThatLeavesClosesTheGap() {
        order.closeGap(all, 1L, 11);
        assertThat(written).containsExactly(Map.entry(10L, 0));
        assertThat(order.indexOf(order.siblings(all, 1L), 10)).isEqualTo(1);
        assertThat(order.indexOf(order.siblings(all, 1L), 3)).isEqualTo(-1);
    }
}
