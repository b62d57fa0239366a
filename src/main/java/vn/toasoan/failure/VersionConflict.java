package vn.toasoan.failure;

/**
 * Someone saved the same thing since this editor opened it: their change is kept and this one refused, so nobody
 * silently overwrites anybody.
 */
public class VersionConflict extends RuntimeException {

    private final int currentVersion;

    public VersionConflict(String message, int currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
