package vn.toasoan.stats;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;

/** Random salts that live only in this node's memory, one per day, forgotten the day after. */
final class LocalVisitorSalts implements VisitorSalts {

    static final int SALT_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<LocalDate, byte[]> salts = new ConcurrentHashMap<>();

    @Override
    public byte[] of(LocalDate day) {
        byte[] salt = salts.get(day);
        if (salt != null) {
            return salt;
        }
        // A new day: the salts of days before yesterday go, so yesterday's fingerprints cannot be followed further.
        salts.keySet().removeIf(known -> known.isBefore(day.minusDays(1)));
        return salts.computeIfAbsent(day, d -> newSalt());
    }

    private byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return salt;
    }
}
