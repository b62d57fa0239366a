package vn.toasoan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * The order of the items of a tree among their siblings (the categories under one parent, the items of one menu
 * level): by stored position, then by id, so that equal positions (rows stored before positions were kept) still
 * have one order. Editors move an item up, down or to a place; the positions of a level are then 0, 1, 2, … again,
 * and only the positions that changed are written.
 *
 * @param <T> the item, as its feature reads it
 */
public final class SiblingOrder<T> {

    /** Where the positions are stored: the feature's repository. */
    @FunctionalInterface
    public interface Positions {
        void setPosition(long id, int position);
    }

    private final Function<T, Long> parentOf;
    private final ToLongFunction<T> idOf;
    private final Comparator<T> order;
    private final ToIntFunction<T> positionOf;
    private final Positions positions;

    public SiblingOrder(Function<T, Long> parentOf, ToLongFunction<T> idOf, ToIntFunction<T> positionOf,
            Positions positions) {
        this.parentOf = parentOf;
        this.idOf = idOf;
        this.positionOf = positionOf;
        this.order = Comparator.comparingInt(positionOf).thenComparingLong(idOf);
        this.positions = positions;
    }

    /** The items of {@code all} under {@code parentId} ({@code null}: the top level), in their order. */
    public List<T> siblings(List<T> all, Long parentId) {
        return all.stream().filter(item -> Objects.equals(parentOf.apply(item), parentId)).sorted(order).toList();
    }

    /** The position that puts a new (or newly moved in) item last among the items under {@code parentId}. */
    public int lastPosition(List<T> all, Long parentId) {
        return siblings(all, parentId).stream().mapToInt(positionOf).max().orElse(-1) + 1;
    }

    /** Closes the gap an item leaves among the items under {@code parentId} when it moves away or is deleted. */
    public void closeGap(List<T> all, Long parentId, long leaving) {
        renumber(siblings(all, parentId).stream().filter(item -> idOf.applyAsLong(item) != leaving).toList());
    }

    /** The place (from 0) of the item {@code id} among {@code siblings}, or -1 when it is not one of them. */
    public int indexOf(List<T> siblings, long id) {
        for (int i = 0; i < siblings.size(); i++) {
            if (idOf.applyAsLong(siblings.get(i)) == id) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Moves the item {@code id} to {@code target} (from 0; places beyond the ends mean the ends) among
     * {@code siblings} and stores the positions that changed.
     *
     * @return the item's new place (from 0), or -1 when it stays where it is
     * @throws IllegalStateException when the item is not among {@code siblings}
     */
    public int move(List<T> siblings, long id, int target) {
        int from = indexOf(siblings, id);
        if (from < 0) {
            throw new IllegalStateException("Item " + id + " is not among its siblings");
        }
        int to = Math.max(0, Math.min(siblings.size() - 1, target));
        if (from == to) {
            return -1;
        }
        List<T> moved = new ArrayList<>(siblings);
        moved.add(to, moved.remove(from));
        renumber(moved);
        return to;
    }

    private void renumber(List<T> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            if (positionOf.applyAsInt(ordered.get(i)) != i) {
                positions.setPosition(idOf.applyAsLong(ordered.get(i)), i);
            }
        }
    }
}
