package vn.toasoan.search;

/**
 * Where a rebuild of the index stands, for an admin page's progress bar.
 *
 * @param running whether a rebuild is under way
 * @param done items indexed so far in the current (or last) rebuild
 * @param total items to index in the current (or last) rebuild
 */
public record RebuildProgress(boolean running, long done, long total) {

    /** Done in whole per cent, 0 to 100; a finished rebuild of nothing is complete. */
    public int percent() {
        if (total <= 0) {
            return running ? 0 : 100;
        }
        return (int) Math.min(100, done * 100 / total);
    }
}
