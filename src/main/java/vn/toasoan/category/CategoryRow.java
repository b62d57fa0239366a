package vn.toasoan.category;

/**
 * A category as the newsroom lists it: in tree order, with its depth, its place among its siblings and how many
 * articles use it.
 *
 * @param index the place among its siblings, from 0
 */
public record CategoryRow(Category category, int depth, int index, int siblings, long articles, int children) {

    public boolean first() {
        return index == 0;
    }

    public boolean last() {
        return index == siblings - 1;
    }
}
